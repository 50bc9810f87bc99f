// Flexible scale set with instance mix: every size in skuProfile.vmSizes is deployed, and
// Standard_B2ms does not support accelerated networking.

param location string = 'eastus'
param vmssName string = 'batch-mix'
param adminUsername string = 'azureuser'

@secure()
param adminPublicKey string

@description('Resource ID of an existing subnet.')
param subnetId string

resource vmss 'Microsoft.Compute/virtualMachineScaleSets@2024-07-01' = {
  name: vmssName
  location: location
  sku: {
    name: 'Mix'
    capacity: 6
  }
  properties: {
    orchestrationMode: 'Flexible'
    platformFaultDomainCount: 1
    skuProfile: {
      vmSizes: [
        { name: 'Standard_D4s_v3' }
        { name: 'Standard_E4s_v3' }
        { name: 'Standard_B2ms' }
      ]
      allocationStrategy: 'LowestPrice'
    }
    virtualMachineProfile: {
      osProfile: {
        computerNamePrefix: 'mix'
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
            name: 'mix-nic'
            properties: {
              primary: true
              enableAcceleratedNetworking: true
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
