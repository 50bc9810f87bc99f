metadata description = 'Web tier scale set on Dsv5 sizes whose NIC configuration asks for Accelerated Connections, which the Dv5 family does not support.'

@description('Location for all resources.')
param location string = 'eastus'

@description('Size of the scale set instances.')
param vmSize string = 'Standard_D8s_v5'

@minValue(1)
@maxValue(100)
param instanceCount int = 3

param adminUsername string = 'azureuser'

@secure()
@description('SSH public key for the admin user.')
param adminPublicKey string

var prefix = 'web'

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: '${prefix}-vnet'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.1.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'web'
        properties: {
          addressPrefix: '10.1.0.0/24'
        }
      }
    ]
  }
}

resource vmss 'Microsoft.Compute/virtualMachineScaleSets@2023-09-01' = {
  name: '${prefix}-vmss'
  location: location
  tags: {
    fastpathenabled: 'true'
  }
  sku: {
    name: vmSize
    tier: 'Standard'
    capacity: instanceCount
  }
  properties: {
    orchestrationMode: 'Uniform'
    upgradePolicy: {
      mode: 'Rolling'
    }
    virtualMachineProfile: {
      osProfile: {
        computerNamePrefix: prefix
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
        networkInterfaceConfigurations: [
          {
            name: '${prefix}-nic'
            properties: {
              primary: true
              enableAcceleratedNetworking: true
              auxiliaryMode: 'AcceleratedConnections'
              auxiliarySku: 'A4'
              ipConfigurations: [
                {
                  name: 'ipconfig1'
                  properties: {
                    subnet: {
                      id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'web')
                    }
                  }
                }
              ]
            }
          }
        ]
      }
    }
  }
}
