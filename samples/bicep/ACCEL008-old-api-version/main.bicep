metadata description = 'VM with Accelerated Connections on a NIC declared with an apiVersion (2022-05-01) that predates auxiliarySku and the AcceleratedConnections mode (2022-11-01).'

@description('Location for all resources.')
param location string = 'eastus'

@description('Name of the virtual machine.')
param vmName string = 'app-vm'

@description('Size of the virtual machine.')
param vmSize string = 'Standard_D4s_v3'

@description('Tags for every resource.')
param tags object = {
  workload: 'trading'
}

param adminUsername string = 'azureuser'

@secure()
@description('SSH public key for the admin user.')
param adminPublicKey string

var nicName = '${vmName}-nic'

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: '${vmName}-vnet'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.0.0.0/16'
      ]
    }
  }

  resource subnet 'subnets' = {
    name: 'default'
    properties: {
      addressPrefix: '10.0.0.0/24'
    }
  }
}

resource nic 'Microsoft.Network/networkInterfaces@2022-05-01' = {
  name: nicName
  location: location
  tags: union(tags, {
    fastpathenabled: 'true'
  })
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
            id: vnet::subnet.id
          }
        }
      }
    ]
  }
}

resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
  name: vmName
  location: location
  properties: {
    hardwareProfile: {
      vmSize: vmSize
    }
    osProfile: {
      computerName: vmName
      adminUsername: adminUsername
      linuxConfiguration: {
        disablePasswordAuthentication: true
        ssh: {
          publicKeys: [
            {
              path: '/home/${adminUsername}/.ssh/authorized_keys'
              keyData: adminPublicKey
            }
          ]
        }
      }
    }
    storageProfile: {
      imageReference: {
        publisher: 'Canonical'
        offer: 'ubuntu-24_04-lts'
        sku: 'server'
        version: 'latest'
      }
      osDisk: {
        createOption: 'FromImage'
        managedDisk: {
          storageAccountType: 'Premium_LRS'
        }
      }
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

output vmId string = vm.id
