using './main.bicep'

// The development environment saves money with a 2-vCPU size.
param vmName = 'dev-trading-vm'
param vmSize = 'Standard_D2s_v3'
param adminPublicKey = readEnvironmentVariable('ADMIN_PUBLIC_KEY')
param tags = {
  workload: 'trading'
  environment: 'dev'
}
