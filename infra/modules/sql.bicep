// Azure SQL logical server with Microsoft Entra authentication only (no SQL logins, no passwords)
// and the registers' database. The web app's identity becomes a database user by T-SQL after
// deployment (infra/README.md, step 7): ARM cannot create database users.
param name string
param location string
param tags object
param tenantId string
param databaseName string
param databaseSku object

@description('Entra group (recommended) or user that administers the server.')
param adminLogin string
param adminObjectId string

@allowed(['Group', 'User', 'Application'])
param adminPrincipalType string = 'Group'

resource server 'Microsoft.Sql/servers@2023-08-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    version: '12.0'
    minimalTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    administrators: {
      administratorType: 'ActiveDirectory'
      azureADOnlyAuthentication: true
      login: adminLogin
      sid: adminObjectId
      tenantId: tenantId
      principalType: adminPrincipalType
    }
  }
}

// 0.0.0.0-0.0.0.0 is Azure's convention for "Azure services", which includes App Service's
// outbound addresses. A private endpoint is stricter; see infra/README.md, "Hardening".
resource azureServices 'Microsoft.Sql/servers/firewallRules@2023-08-01' = {
  parent: server
  name: 'AllowAllWindowsAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource database 'Microsoft.Sql/servers/databases@2023-08-01' = {
  parent: server
  name: databaseName
  location: location
  tags: tags
  sku: databaseSku
  properties: {
    collation: 'SQL_Latin1_General_CP1_CI_AS'
  }
}

output serverFqdn string = server.properties.fullyQualifiedDomainName
output serverName string = server.name
output databaseName string = database.name
