// The NIC of a network virtual appliance with Accelerated Connections, deployed beside the C# code.
// It lacks the fastpathenabled tag (ACCEL004); everything else Accelerated Connections needs is there.
param location string = 'eastus'

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' existing = {
  name: 'hub-vnet'
}

resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
  name: 'nva-nic'
  location: location
  tags: {
    workload: 'nva'
  }
  properties: {
    enableAcceleratedNetworking: true
    auxiliaryMode: 'AcceleratedConnections'
    auxiliarySku: 'A2'
    ipConfigurations: [
      {
        name: 'ipconfig1'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: '${vnet.id}/subnets/nva'
          }
        }
      }
    ]
  }
}

resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
  name: 'nva-vm'
  location: location
  properties: {
    hardwareProfile: {
      vmSize: 'Standard_D8s_v3'
    }
    networkProfile: {
      networkInterfaces: [
        {
          id: nic.id
        }
      ]
    }
  }
}
