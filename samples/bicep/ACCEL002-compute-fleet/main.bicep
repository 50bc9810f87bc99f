// Azure Compute Fleet with Accelerated Connections in its base VM profile; one of its sizes,
// Standard_D8s_v5, is of the Dv5 family, which does not support Accelerated Connections.

param location string = 'westeurope'
param fleetName string = 'nva-fleet'
param adminUsername string = 'azureuser'

@secure()
param adminPublicKey string

@description('Resource ID of an existing subnet.')
param subnetId string

@description('Sizes the fleet may deploy, cheapest first.')
param vmSizes array = [
  'Standard_D8s_v3'
  'Standard_E8s_v3'
  'Standard_D8s_v5'
]

resource fleet 'Microsoft.AzureFleet/fleets@2024-11-01' = {
  name: fleetName
  location: location
  tags: {
    fastpathenabled: 'true'
  }
  properties: {
    vmSizesProfile: [for size in vmSizes: { name: size }]
    regularPriorityProfile: {
      capacity: 4
      minCapacity: 2
      allocationStrategy: 'LowestPrice'
    }
    computeProfile: {
      computeApiVersion: '2023-09-01'
      baseVirtualMachineProfile: {
        osProfile: {
          computerNamePrefix: 'nva'
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
            offer: '0001-com-ubuntu-server-jammy'
            sku: '22_04-lts-gen2'
            version: 'latest'
          }
        }
        networkProfile: {
          networkApiVersion: '2020-11-01'
          networkInterfaceConfigurations: [
            {
              name: 'nva-nic'
              properties: {
                primary: true
                enableAcceleratedNetworking: true
                auxiliaryMode: 'AcceleratedConnections'
                auxiliarySku: 'A4'
                ipConfigurations: [
                  {
                    name: 'ipconfig1'
                    properties: {
                      subnet: { id: subnetId }
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
}
