// Batch pool that asks for accelerated networking on Standard_A2_v2, which does not support it.

param location string = 'eastus'
param batchAccountName string = 'renderbatch'

@description('Resource ID of an existing subnet.')
param subnetId string

resource account 'Microsoft.Batch/batchAccounts@2024-07-01' = {
  name: batchAccountName
  location: location
  properties: {
    poolAllocationMode: 'BatchService'
  }
}

resource pool 'Microsoft.Batch/batchAccounts/pools@2024-07-01' = {
  parent: account
  name: 'render-pool'
  properties: {
    vmSize: 'Standard_A2_v2'
    deploymentConfiguration: {
      virtualMachineConfiguration: {
        imageReference: {
          publisher: 'canonical'
          offer: '0001-com-ubuntu-server-jammy'
          sku: '22_04-lts'
          version: 'latest'
        }
        nodeAgentSkuId: 'batch.node.ubuntu 22.04'
      }
    }
    scaleSettings: {
      fixedScale: {
        targetDedicatedNodes: 4
      }
    }
    networkConfiguration: {
      subnetId: subnetId
      enableAcceleratedNetworking: true
    }
  }
}
