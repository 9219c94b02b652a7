namespace ComplianceBot.Bot.Tests.Operations.Safety;

/// <summary>A complete, valid Production configuration; each test breaks one setting.</summary>
internal static class ProductionSettings
{
    public static readonly string RandomKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public static readonly string ChainKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public static Dictionary<string, string?> Valid() => new()
    {
        ["Teams:DangerouslyAllowUnauthenticatedRequests"] = "false",
        ["Teams:AppId"] = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
        ["Teams:TenantId"] = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
        ["Teams:ClientSecret"] = "test-secret",
        ["Graph:Mode"] = "Graph",
        ["Graph:TenantId"] = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
        ["Graph:ClientId"] = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
        ["Graph:ClientSecret"] = "test-secret",
        ["Graph:ComplianceMailbox"] = "compliance@example.test",
        ["Registers:Provider"] = "Sqlite",
        ["ConnectionStrings:Registers"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"compliancebot-prod-{Guid.NewGuid():N}.db")}",
        ["Registers:IdentityEncryptionKey"] = RandomKey,
        ["Reports:FollowUpKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        ["Deployment:InstanceCount"] = "1",
        ["Audit:ChainKey"] = ChainKey,
        ["Audit:HeadContainerUrl"] = "https://auditheads.blob.core.windows.net/audit-heads",
        ["Organization:DirectorAadObjectId"] = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
        ["Organization:AuthorizedBodyEmail"] = "agency@example.test",
        ["Declarations:PublicBaseUrl"] = "https://compliancebot.example.test",
    };

    public static Dictionary<string, string?> With(string key, string? value)
    {
        var settings = Valid();
        settings[key] = value;
        return settings;
    }
}
