using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Identity;
using ComplianceBot.Graph.Remote;

namespace ComplianceBot.Graph.Tests.Remote;

public sealed class GraphCredentialFactoryTests
{
    [Fact]
    public void Create_ClientSecret_ReturnsClientSecretCredential() =>
        Assert.IsType<ClientSecretCredential>(GraphCredentialFactory.Create(new GraphOptions { TenantId = "t", ClientId = "c", ClientSecret = "s" }));

    [Theory]
    [InlineData(null)]
    [InlineData("11111111-1111-1111-1111-111111111111")]
    public void Create_ManagedIdentity_ReturnsManagedIdentityCredential(string? clientId) =>
        Assert.IsType<ManagedIdentityCredential>(GraphCredentialFactory.Create(new GraphOptions { UseManagedIdentity = true, ManagedIdentityClientId = clientId }));

    [Fact]
    public void Create_PasswordProtectedPfx_ReturnsClientCertificateCredential()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=ComplianceBot test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var path = Path.Combine(Path.GetTempPath(), $"graph-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        try
        {
            var credential = GraphCredentialFactory.Create(new GraphOptions
            {
                TenantId = "00000000-0000-0000-0000-000000000001",
                ClientId = "c",
                CertificatePath = path,
                CertificatePassword = "pfx-password",
            });

            Assert.IsType<ClientCertificateCredential>(credential);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
