// Key Vault with Azure RBAC (no access policies). Secrets are set by the administrator after
// deployment (infra/README.md, step 5): the template never sees them.
param name string
param location string
param tags object
param tenantId string

@description('Object id of the administrator who sets the secrets (Key Vault Secrets Officer); empty to skip.')
param keyVaultAdminObjectId string = ''

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // Losing the identity-encryption key makes stored reporter identities unreadable (Reg. 23.2):
    // purge protection stops anyone, including an attacker, from destroying it for good.
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

var secretsOfficerRoleId = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource officer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(keyVaultAdminObjectId)) {
  name: guid(vault.id, keyVaultAdminObjectId, secretsOfficerRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsOfficerRoleId)
    principalId: keyVaultAdminObjectId
  }
}

output name string = vault.name
output id string = vault.id
