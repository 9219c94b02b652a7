// ComplianceBot on Azure: web app (.NET 10, Linux), Azure SQL (Entra only), Azure Bot with the
// Teams channel, Key Vault (RBAC), Application Insights + Log Analytics, immutable storage for the audit chain's heads.
// Deploy: az deployment group create -g <rg> -f infra/main.bicep -p infra/main.parameters.json
targetScope = 'resourceGroup'

@description('Short lowercase name used in every resource name, e.g. "compliancebot".')
@minLength(3)
@maxLength(16)
param baseName string

param location string = resourceGroup().location

@description('Client id of the single-tenant Entra app registration the bot signs in with.')
param botAppId string

@description('Entra tenant of the organisation.')
param tenantId string = tenant().tenantId

@description('Entra group that administers the SQL server (display name and object id).')
param sqlAdminLogin string
param sqlAdminObjectId string

@allowed(['Group', 'User'])
param sqlAdminPrincipalType string = 'Group'

@description('Object id of the administrator who puts secrets into Key Vault; empty to skip.')
param keyVaultAdminObjectId string = ''

@description('The mailbox Graph sends director notices from and schedules trainings in.')
param complianceMailbox string

@description('App Service plan SKU; P0v3 or better for production.')
param planSku string = 'P0v3'

@description('Instances of the web app. More than one requires Azure SQL (it is, here).')
@minValue(1)
@maxValue(10)
param instanceCount int = 2

param databaseSku object = {
  name: 'GP_S_Gen5_1'
  tier: 'GeneralPurpose'
}

@description('Telemetry:Exporter for the app: none, console or otlp (with Telemetry:OtlpEndpoint).')
@allowed(['none', 'console', 'otlp'])
param telemetryExporter string = 'none'

param otlpEndpoint string = ''

@description('The bot\'s public https address, e.g. a custom domain; empty: the web app\'s own azurewebsites.net address. Export links and the browser sign-in redirect URI ({publicBaseUrl}/signin-oidc) use it (decision 122).')
param publicBaseUrl string = ''

@description('More app settings (names with "__" for ":"), e.g. Organization__DirectorAadObjectId. They cannot replace a setting the template sets.')
param additionalAppSettings object = {}

@description('Days each published audit chain head stays unchangeable in its blob container (decision 120).')
@minValue(1)
param auditHeadRetentionDays int = 3650

param tags object = {
  application: 'compliancebot'
}

var suffix = uniqueString(resourceGroup().id, baseName)
var name = '${baseName}-${suffix}'
var databaseName = 'registers'
var auditStorageName = take('staudit${replace(baseName, '-', '')}${suffix}', 24)
// Known before deployment, so the app setting is a plain value (and infra/check.sh can see it).
var auditHeadContainerUrl = 'https://${auditStorageName}.blob.${environment().suffixes.storage}/audit-heads'
// The web app is named app-<name> (modules/web.bicep); known before deployment, like the container's address.
var botBaseUrl = empty(publicBaseUrl) ? 'https://app-${name}.azurewebsites.net' : publicBaseUrl

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: { name: name, location: location, tags: tags }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: take('kv-${baseName}-${suffix}', 24)
    location: location
    tags: tags
    tenantId: tenantId
    keyVaultAdminObjectId: keyVaultAdminObjectId
  }
}

module sql 'modules/sql.bicep' = {
  name: 'sql'
  params: {
    name: 'sql-${name}'
    location: location
    tags: tags
    tenantId: tenantId
    databaseName: databaseName
    databaseSku: databaseSku
    adminLogin: sqlAdminLogin
    adminObjectId: sqlAdminObjectId
    adminPrincipalType: sqlAdminPrincipalType
  }
}

module auditStorage 'modules/audit-storage.bicep' = {
  name: 'audit-storage'
  params: {
    name: auditStorageName
    location: location
    tags: tags
    retentionDays: auditHeadRetentionDays
  }
}

module web 'modules/web.bicep' = {
  name: 'web'
  params: {
    name: name
    location: location
    tags: tags
    planSku: planSku
    instanceCount: instanceCount
    keyVaultName: vault.outputs.name
    workspaceId: monitoring.outputs.workspaceId
    // The template's settings come last, so additionalAppSettings can add settings but not replace
    // these (union compares names without case): no parameter makes the environment Development or
    // turns a safety setting off (decision 115). Both environment names, because .NET lets
    // DOTNET_ENVIRONMENT win over ASPNETCORE_ENVIRONMENT.
    appSettings: union(additionalAppSettings, {
      ASPNETCORE_ENVIRONMENT: 'Production'
      DOTNET_ENVIRONMENT: 'Production'
      APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.appInsightsConnectionString
      Teams__AppId: botAppId
      Teams__TenantId: tenantId
      Teams__DangerouslyAllowUnauthenticatedRequests: 'false'
      Graph__Mode: 'Graph'
      Graph__TenantId: tenantId
      Graph__ClientId: botAppId
      Graph__ComplianceMailbox: complianceMailbox
      Registers__Provider: 'SqlServer'
      ConnectionStrings__Registers: 'Server=tcp:${sql.outputs.serverFqdn},1433;Database=${databaseName};Authentication=Active Directory Managed Identity;Encrypt=True;Connect Timeout=30'
      Deployment__InstanceCount: string(instanceCount)
      Audit__HeadContainerUrl: auditHeadContainerUrl
      // Export links and the browser sign-in's redirect URI; start-up refuses a missing or http address (decision 122).
      Declarations__PublicBaseUrl: botBaseUrl
      // The Teams/Outlook tab's single sign-on accepts tokens for this app id URI only: the one the manifest's
      // webApplicationInfo.resource names and infra/README.md step 1 registers (decision 139).
      Workspace__AppIdUri: 'api://${split(replace(botBaseUrl, 'https://', ''), '/')[0]}/${botAppId}'
      // App Service ends TLS at its front end: the app must believe its X-Forwarded-Proto, or the browser sign-in's
      // Secure-only antiforgery cookie is refused on what looks like plain http (decision 122).
      ASPNETCORE_FORWARDEDHEADERS_ENABLED: 'true'
      Telemetry__Exporter: telemetryExporter
      Telemetry__OtlpEndpoint: otlpEndpoint
      // glibc's malloc keeps up to eight arenas per core, and what one frees stays in it: two keep the
      // bot's native memory (JIT, SQLite, TLS) about 10 MB smaller at the same throughput (decision 109).
      MALLOC_ARENA_MAX: '2'
      // A block of 64 KiB or more (the JIT's working pages among them) is mapped on its own and handed back
      // when freed, instead of leaving holes in the heap that glibc never returns: ~13 MB less (decision 111).
      MALLOC_MMAP_THRESHOLD_: '65536'
    })
  }
}

module vaultReader 'modules/keyvault-reader.bicep' = {
  name: 'keyvault-reader'
  params: {
    vaultName: vault.outputs.name
    principalId: web.outputs.principalId
  }
}

module auditStorageWriter 'modules/audit-storage-writer.bicep' = {
  name: 'audit-storage-writer'
  params: {
    accountName: auditStorage.outputs.accountName
    containerName: auditStorage.outputs.containerName
    principalId: web.outputs.principalId
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${name}'
    tags: tags
    endpoint: 'https://${web.outputs.hostName}/api/messages'
    botAppId: botAppId
    tenantId: tenantId
  }
}

output webAppName string = web.outputs.name
output botDomain string = web.outputs.hostName
output webAppPrincipalId string = web.outputs.principalId
output keyVaultName string = vault.outputs.name
output sqlServerFqdn string = sql.outputs.serverFqdn
output databaseName string = databaseName
output auditHeadContainerUrl string = auditHeadContainerUrl
output publicBaseUrl string = botBaseUrl
