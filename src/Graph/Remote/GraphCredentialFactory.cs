using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace ComplianceBot.Graph.Remote;

/// <summary>The app-only credential chosen by configuration (client secret, certificate or managed identity).</summary>
internal static class GraphCredentialFactory
{
    public static TokenCredential Create(GraphOptions options)
    {
        if (options.UseManagedIdentity)
        {
            var id = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId);
            return new ManagedIdentityCredential(id);
        }

        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            // A PFX may carry a password; PEM files are read by Azure.Identity from the path directly.
            var isPkcs12 = options.CertificatePath.EndsWith(".pfx", StringComparison.OrdinalIgnoreCase)
                || options.CertificatePath.EndsWith(".p12", StringComparison.OrdinalIgnoreCase);
            return isPkcs12
                ? new ClientCertificateCredential(options.TenantId, options.ClientId, X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword))
                : new ClientCertificateCredential(options.TenantId, options.ClientId, options.CertificatePath);
        }

        return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
    }
}
