using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace ComplianceBot.Bot.Channel.Outbound;

/// <summary>
/// The outbound credential from Teams:* settings: a single-tenant app (authority = Teams:TenantId)
/// with a secret or a certificate, or a managed identity. None in unauthenticated development.
/// </summary>
internal static class ConnectorCredentialFactory
{
    public static TokenCredential? Create(TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.DangerouslyAllowUnauthenticatedRequests)
        {
            return null;
        }

        if (options.ClientSecret.Length > 0)
        {
            return new ClientSecretCredential(options.TenantId, options.AppId, options.ClientSecret);
        }

        if (options.CertificatePath.Length > 0)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(
                options.CertificatePath,
                options.CertificatePassword.Length > 0 ? options.CertificatePassword : null);
            return new ClientCertificateCredential(options.TenantId, options.AppId, certificate);
        }

        if (options.ManagedIdentityClientId.Length > 0)
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        }

        return options.UseManagedIdentity ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned) : null;
    }
}
