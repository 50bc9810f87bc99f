// Service Fabric managed cluster whose secondary node type asks for accelerated networking on
// Standard_B2ms, which does not support it. The primary node type (Standard_D4s_v3) is fine.

param location string = 'eastus'
param clusterName string = 'orders-sfmc'
param adminUsername string = 'vmadmin'

@secure()
param adminPassword string

param clientCertificateThumbprint string

var windowsImage = {
  vmImagePublisher: 'MicrosoftWindowsServer'
  vmImageOffer: 'WindowsServer'
  vmImageSku: '2022-Datacenter'
  vmImageVersion: 'latest'
}

resource cluster 'Microsoft.ServiceFabric/managedClusters@2024-04-01' = {
  name: clusterName
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    dnsName: toLower(clusterName)
    adminUserName: adminUsername
    adminPassword: adminPassword
    clientConnectionPort: 19000
    httpGatewayConnectionPort: 19080
    clients: [
      {
        isAdmin: true
        thumbprint: clientCertificateThumbprint
      }
    ]
  }

  resource system 'nodeTypes' = {
    name: 'system'
    properties: union(windowsImage, {
      isPrimary: true
      vmInstanceCount: 5
      dataDiskSizeGB: 128
      vmSize: 'Standard_D4s_v3'
      enableAcceleratedNetworking: true
    })
  }

  resource workers 'nodeTypes' = {
    name: 'workers'
    properties: {
      isPrimary: false
      vmInstanceCount: 3
      dataDiskSizeGB: 128
      vmSize: 'Standard_B2ms'
      enableAcceleratedNetworking: true
      vmImagePublisher: windowsImage.vmImagePublisher
      vmImageOffer: windowsImage.vmImageOffer
      vmImageSku: windowsImage.vmImageSku
      vmImageVersion: windowsImage.vmImageVersion
    }
  }
}
