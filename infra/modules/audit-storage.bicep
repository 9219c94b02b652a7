// Immutable storage for the audit chain's published heads (decision 120): a blob container with a time-based
// retention (immutability) policy, so no one who can write the registers' database — nor the bot's own identity —
// can change or delete a published head during the retention period. Lock the policy once after the first
// deployment (infra/README.md): a locked policy can be extended but never shortened or removed.
param name string
param location string
param tags object

@description('Days each published head is kept unchangeable.')
@minValue(1)
@maxValue(146000)
param retentionDays int

var containerName = 'audit-heads'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Entra sign-in only (the web app's managed identity); no account keys that could bypass RBAC.
    allowSharedKeyAccess: false
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: containerName
  properties: {
    publicAccess: 'None'
  }
}

resource retention 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2023-05-01' = {
  parent: container
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: retentionDays
    allowProtectedAppendWrites: false
  }
}

output accountName string = account.name
output containerName string = container.name
output containerUrl string = '${account.properties.primaryEndpoints.blob}${containerName}'
