// Linux App Service plan + web app running .NET 10, system-assigned managed identity, HTTPS only.
// Secrets are Key Vault references resolved by App Service with that identity.
param name string
param location string
param tags object
param planSku string
param instanceCount int
param keyVaultName string
param workspaceId string
param appSettings object

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: 'asp-${name}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

// A Key Vault reference: App Service fetches the secret with the app's identity at start-up.
func kvRef(vault string, secret string) string => '@Microsoft.KeyVault(VaultName=${vault};SecretName=${secret})'

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: 'app-${name}'
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false // stateless instances (design.md, decision 8)
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/health/ready'
      appSettings: [for setting in items(union(appSettings, {
        // One app registration for the bot and Graph, so one client secret.
        Teams__ClientSecret: kvRef(keyVaultName, 'bot-client-secret')
        Graph__ClientSecret: kvRef(keyVaultName, 'bot-client-secret')
        Registers__IdentityEncryptionKey: kvRef(keyVaultName, 'identity-encryption-key')
        // The audit chain's HMAC key (decision 120): outside the database, never the same as the identity key.
        Audit__ChainKey: kvRef(keyVaultName, 'audit-chain-key')
        // Keys the "Check my report" lockout rows (decision 117).
        Reports__FollowUpKey: kvRef(keyVaultName, 'followup-key')
      })): {
        name: setting.key
        value: string(setting.value)
      }]
    }
  }
}

// Console (structured JSON) and HTTP logs to Log Analytics: logs without any extra agent.
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: workspaceId
    logs: [
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
    ]
  }
}

output hostName string = site.properties.defaultHostName
output principalId string = site.identity.principalId
output name string = site.name
