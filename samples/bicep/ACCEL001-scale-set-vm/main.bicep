// A scale-set VM whose NIC configuration asks for accelerated networking; it runs on its scale
// set's size, Standard_B2ms, which does not support it.

param location string = 'eastus'
param vmssName string = 'cache-vmss'

@description('Resource ID of an existing subnet.')
param subnetId string

resource vmss 'Microsoft.Compute/virtualMachineScaleSets@2024-03-01' = {
  name: vmssName
  location: location
  sku: {
    name: 'Standard_B2ms'
    tier: 'Standard'
    capacity: 2
  }
  properties: {
    orchestrationMode: 'Uniform'
    upgradePolicy: {
      mode: 'Manual'
    }
  }
}

resource instance 'Microsoft.Compute/virtualMachineScaleSets/virtualMachines@2024-03-01' = {
  parent: vmss
  name: '0'
  location: location
  properties: {
    networkProfileConfiguration: {
      networkInterfaceConfigurations: [
        {
          name: 'cache-nic'
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
