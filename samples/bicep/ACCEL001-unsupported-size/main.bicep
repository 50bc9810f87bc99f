metadata description = 'A web server and a jump box built from one VM module that always enables accelerated networking; the jump box size does not support it.'

@description('Location for all resources.')
param location string = 'eastus'

param adminUsername string = 'azureuser'

@secure()
@description('SSH public key for the admin user.')
param adminPublicKey string

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'app-vnet'
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

module web './modules/vm.bicep' = {
  name: 'web-vm'
  params: {
    vmName: 'web-vm'
    vmSize: 'Standard_D4s_v3'
    location: location
    subnetId: vnet::subnet.id
    adminUsername: adminUsername
    adminPublicKey: adminPublicKey
  }
}

module jumpbox './modules/vm.bicep' = {
  name: 'jumpbox-vm'
  params: {
    vmName: 'jumpbox-vm'
    vmSize: 'Standard_B1s'
    location: location
    subnetId: vnet::subnet.id
    adminUsername: adminUsername
    adminPublicKey: adminPublicKey
  }
}

output webVmId string = web.outputs.vmId
output jumpboxVmId string = jumpbox.outputs.vmId
