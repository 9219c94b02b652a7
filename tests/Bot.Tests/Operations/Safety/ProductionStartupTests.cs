using ComplianceBot.Bot.Operations.Safety;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Tests.Operations.Safety;

public sealed class ProductionStartupTests
{
    /// <summary>Every environment but Development gets the production rules (decision 115); "Acceptance" stands for any name.</summary>
    private static readonly string[] Environments = ["Production", "Staging", "Test", "Acceptance"];

    public static readonly TheoryData<string> NotDevelopment = new(Environments);

    public static readonly TheoryData<string, string, string> ShortcutOutsideDevelopment = Shortcuts();

    [Theory]
    [MemberData(nameof(NotDevelopment))]
    public async Task Start_ValidProductionConfiguration_ServesLiveness(string environment)
    {
        using var factory = new OperationsFactory(environment, ProductionSettings.Valid());
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/live");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("Teams:DangerouslyAllowUnauthenticatedRequests", "true")]
    [InlineData("Teams:DangerouslyAllowUnauthenticatedRequests", "True")]
    [InlineData("Graph:Mode", "Local")]
    [InlineData("Graph:Mode", "")]
    [InlineData("Teams:AppId", "")]
    [InlineData("Teams:AppId", "not-a-guid")]
    [InlineData("Registers:IdentityEncryptionKey", "")]
    [InlineData("Registers:IdentityEncryptionKey", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("Registers:IdentityEncryptionKey", "c2hvcnQ=")]
    [InlineData("Registers:IdentityEncryptionKey", "@Microsoft.KeyVault(SecretUri=https://kv/secrets/x)")]
    [InlineData("Audit:ChainKey", "")]
    [InlineData("Audit:ChainKey", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("Audit:HeadContainerUrl", "")]
    [InlineData("Audit:HeadContainerUrl", "http://auditheads.blob.core.windows.net/audit-heads")]
    public void Start_UnsafeSetting_RefusesNamingTheSetting(string key, string value)
    {
        using var factory = new OperationsFactory("Production", ProductionSettings.With(key, value));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Start-up refused in the Production environment", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ShortcutOutsideDevelopment))]
    public void Start_DevelopmentShortcutOutsideDevelopment_RefusesNamingSettingAndEnvironment(string environment, string key, string value)
    {
        using var factory = new OperationsFactory(environment, ProductionSettings.With(key, value));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        // The safety check's own refusal, not only the channel's check of the unauthenticated switch.
        var refusal = Assert.Single(SafetyRefusals(error));
        Assert.StartsWith($"Start-up refused in the {environment} environment", refusal, StringComparison.Ordinal);
        Assert.Contains(key, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_SqliteWithSeveralInstances_RefusesNamingTheSetting()
    {
        var settings = ProductionSettings.With("Deployment:InstanceCount", "2");
        using var factory = new OperationsFactory("Production", settings);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Registers:Provider=Sqlite", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Deployment:InstanceCount=2", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_SqlServerWithSeveralInstances_IsNotRefusedForProvider()
    {
        var settings = ProductionSettings.With("Deployment:InstanceCount", "3");
        settings["Registers:Provider"] = "SqlServer";

        // There is no SQL Server here, and a configured director is checked against its appointments at start-up
        // (Reg. 8): leave the director out, so the only refusal is that one, and none names the provider.
        settings["Organization:DirectorAadObjectId"] = null;
        using var factory = new OperationsFactory("Production", settings);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.StartsWith("Organization:DirectorAadObjectId is empty", Assert.Single(SafetyRefusals(error)).Split(": ", 2)[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Registers:Provider", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DevelopmentWithShortcuts_IsNotRefused()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Teams:DangerouslyAllowUnauthenticatedRequests"] = "true",
            ["Graph:Mode"] = "Local",
            ["Registers:IdentityEncryptionKey"] = "",
        };
        using var factory = new OperationsFactory("Development", settings);
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/live");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    private static TheoryData<string, string, string> Shortcuts()
    {
        // The development shortcuts: no channel authentication, the local mailbox folder, no identity or audit chain
        // key (the Domain area then makes development key files), and the local head archive (decision 120).
        (string Key, string Value)[] shortcuts =
        [
            ("Teams:DangerouslyAllowUnauthenticatedRequests", "true"),
            ("Graph:Mode", "Local"),
            ("Registers:IdentityEncryptionKey", ""),
            ("Audit:ChainKey", ""),
            ("Audit:HeadContainerUrl", ""),
        ];
        var data = new TheoryData<string, string, string>();
        foreach (var environment in Environments)
        {
            foreach (var (key, value) in shortcuts)
            {
                data.Add(environment, key, value);
            }
        }

        return data;
    }

    private static IEnumerable<string> SafetyRefusals(Exception error) => error switch
    {
        OptionsValidationException refused when refused.OptionsType == typeof(ProductionSafetyOptions) => refused.Failures,
        AggregateException all => all.InnerExceptions.SelectMany(SafetyRefusals),
        { InnerException: { } inner } => SafetyRefusals(inner),
        _ => [],
    };
}
