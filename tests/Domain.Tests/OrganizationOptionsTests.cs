using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests;

/// <summary>The one class bound to <c>Organization</c> (decision 136): validated once, naming the setting to fix.</summary>
public sealed class OrganizationOptionsTests
{
    private static OrganizationOptions Resolve(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration)
            .AddOrganizationOptions().AddOrganizationOptions().BuildServiceProvider();
        return services.GetRequiredService<IOptions<OrganizationOptions>>().Value;
    }

    [Fact]
    public void AddOrganizationOptions_Settings_BoundIntoTheOneClass()
    {
        var options = Resolve(("Organization:DirectorAadObjectId", "aad-director"), ("Organization:AuthorizedBodyEmail", "agency@example.kz"),
            ("Organization:DirectorEmail", "director@example.kz"), ("Organization:TimeZone", "Asia/Qyzylorda"), ("Organization:DefaultLanguage", "ru"));

        Assert.Equal(("aad-director", "agency@example.kz", "director@example.kz", "Asia/Qyzylorda", "ru"),
            (options.DirectorAadObjectId, options.AuthorizedBodyEmail, options.DirectorEmail, options.TimeZone, options.DefaultLanguage));
    }

    [Theory]
    [InlineData("Organization:TimeZone", "Mars/Olympus")]
    [InlineData("Organization:AuthorizedBodyEmail", "not a mail")]
    [InlineData("Organization:DirectorEmail", "director-at-example")]
    [InlineData("Organization:DefaultLanguage", "de")]
    public void AddOrganizationOptions_InvalidSetting_FailsNamingIt(string key, string value)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve((key, value)));

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddOrganizationOptions_EmptyAddresses_AreNotConfiguredYetNotInvalid()
    {
        var options = Resolve(("Organization:AuthorizedBodyEmail", ""), ("Organization:DirectorEmail", ""));

        Assert.Equal("Asia/Almaty", options.TimeZone);
    }
}
