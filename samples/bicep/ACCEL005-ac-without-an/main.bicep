metadata description = 'A database NIC created ahead of its VM (the VM is deployed by another pipeline) with Accelerated Connections but accelerated networking turned off.'

@description('Location for all resources.')
param location string = 'eastus'

@description('Name of the existing virtual network.')
param vnetName string = 'data-vnet'

param tags object = {
  workload: 'database'
  fastpathenabled: 'true'
}

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' existing = {
  name: vnetName

  resource subnet 'subnets' existing = {
    name: 'db'
  }
}

resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
  name: 'db-nic'
  location: location
  tags: tags
  properties: {
    enableAcceleratedNetworking: false
    auxiliaryMode: 'AcceleratedConnections'
    auxiliarySku: 'A4'
    ipConfigurations: [
      {
        name: 'ipconfig1'
        properties: {
          privateIPAllocationMethod: 'Static'
          privateIPAddress: '10.2.1.10'
          subnet: {
            id: vnet::subnet.id
          }
        }
      }
    ]
  }
}

output nicId string = nic.id
