using ComplianceBot.Bot.Operations.Safety;
using Microsoft.Extensions.Configuration;

namespace ComplianceBot.Bot.Tests.Operations.Safety;

public sealed class ProductionSafetyRulesTests
{
    private static IConfiguration Build(Dictionary<string, string?> settings)
        => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    [Fact]
    public void FindViolations_ValidConfiguration_ReturnsNone()
        => Assert.Empty(ProductionSafetyRules.FindViolations(Build(ProductionSettings.Valid())));

    [Fact]
    public void FindViolations_EmptyConfiguration_ReportsEveryMissingSetting()
    {
        var violations = string.Join('\n', ProductionSafetyRules.FindViolations(Build([])));

        Assert.Contains("Teams:AppId", violations, StringComparison.Ordinal);
        Assert.Contains("Graph:Mode", violations, StringComparison.Ordinal);
        Assert.Contains("Registers:IdentityEncryptionKey", violations, StringComparison.Ordinal);
        Assert.Contains("Audit:ChainKey", violations, StringComparison.Ordinal);
        Assert.Contains("Audit:HeadContainerUrl", violations, StringComparison.Ordinal);
        Assert.DoesNotContain("Registers:Provider", violations, StringComparison.Ordinal);
    }

    // Reg. 23.3, 29, 23.4: a production instance with no director or no authorized-body contact would queue notices
    // nobody can receive; start-up names the empty setting.
    [Theory]
    [InlineData("Organization:DirectorAadObjectId", null)]
    [InlineData("Organization:DirectorAadObjectId", " ")]
    [InlineData("Organization:AuthorizedBodyEmail", null)]
    [InlineData("Organization:AuthorizedBodyEmail", "")]
    public void FindViolations_EmptyDirectorOrAuthorizedBody_NamesTheSetting(string key, string? value)
    {
        var violation = Assert.Single(ProductionSafetyRules.FindViolations(Build(ProductionSettings.With(key, value))));

        Assert.StartsWith($"{key} is empty", violation, StringComparison.Ordinal);
    }

    // Decision 120: the chain's key is its own; sharing the identity key would tie two secrets' fates together.
    [Fact]
    public void FindViolations_ChainKeyEqualToIdentityKey_IsRefused()
    {
        var violations = ProductionSafetyRules.FindViolations(Build(ProductionSettings.With("Audit:ChainKey", ProductionSettings.RandomKey)));

        Assert.Contains(violations, v => v.Contains("Audit:ChainKey is the same as Registers:IdentityEncryptionKey", StringComparison.Ordinal));
    }

    [Fact]
    public void FindViolations_MissingProviderWithTwoInstances_TreatsProviderAsSqlite()
    {
        var settings = ProductionSettings.With("Registers:Provider", null);
        settings["Deployment:InstanceCount"] = "2";

        var violation = Assert.Single(ProductionSafetyRules.FindViolations(Build(settings)));

        Assert.StartsWith("Registers:Provider=Sqlite", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void FindViolations_InstanceCountNotANumber_NamesTheSetting()
    {
        var violation = Assert.Single(ProductionSafetyRules.FindViolations(Build(ProductionSettings.With("Deployment:InstanceCount", "many"))));

        Assert.StartsWith("Deployment:InstanceCount", violation, StringComparison.Ordinal);
    }

    // Reg. 23.2, decision 117: without a secret follow-up key a database reader recomputes the lockout rows'
    // keys from case codes and Teams ids; start-up names the setting when it is missing, malformed or a default.
    [Theory]
    [InlineData(null)]
    [InlineData("not-base64")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public void FindViolations_FollowUpKeyMissingOrWeak_NamesTheSetting(string? key)
    {
        var violation = Assert.Single(ProductionSafetyRules.FindViolations(Build(ProductionSettings.With("Reports:FollowUpKey", key))));

        Assert.StartsWith("Reports:FollowUpKey", violation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//////////////////////////////////////////8=")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public void Explain_RepeatedByteKey_CallsItTheDefaultKey(string key)
        => Assert.Contains("development/default", IdentityEncryptionKeyPolicy.Explain(key), StringComparison.Ordinal);

    [Fact]
    public void Explain_RandomKey_ReturnsNull()
        => Assert.Null(IdentityEncryptionKeyPolicy.Explain(ProductionSettings.RandomKey));
}
