using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Tests.Conversation;
using ComplianceBot.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Tests.Conversation.Language;

public sealed class LanguageResolverTests
{
    [Theory]
    [InlineData("kk-KZ", "kk")]
    [InlineData("ru-RU", "ru")]
    [InlineData("en-US", "en")]
    [InlineData("EN-gb", "en")]
    [InlineData("ru", "ru")]
    public async Task ResolveAsync_SupportedLocale_UsesIt(string locale, string expected)
    {
        var resolver = Resolver(preference: "ru", defaultLanguage: "kk");

        Assert.Equal(expected, await resolver.ResolveAsync(TestActivities.Text("x", locale), CancellationToken.None));
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData(null)]
    public async Task ResolveAsync_OtherLocaleWithStoredPreference_UsesPreference(string? locale)
    {
        var resolver = Resolver(preference: "ru-RU", defaultLanguage: "kk");

        Assert.Equal("ru", await resolver.ResolveAsync(TestActivities.Text("x", locale), CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("de")]
    public async Task ResolveAsync_OtherLocaleWithoutUsablePreference_UsesOrganisationDefault(string? preference)
    {
        var resolver = Resolver(preference, defaultLanguage: "en");

        Assert.Equal("en", await resolver.ResolveAsync(TestActivities.Text("x", "tr-TR"), CancellationToken.None));
    }

    [Fact]
    public async Task ResolveAsync_Preference_IsLookedUpByAadObjectId()
    {
        var preference = new FixedPreference("kk");
        var resolver = new LanguageResolver(preference, Options.Create(new OrganizationOptions()));

        await resolver.ResolveAsync(TestActivities.Text("x", "fr-FR"), CancellationToken.None);

        Assert.Equal(["aad-user-0"], preference.AskedFor);
    }

    [Fact]
    public async Task DefaultLanguage_NotConfigured_IsKazakh()
    {
        await using var host = new ConversationTestHost();

        Assert.Equal("kk", host.Services.GetRequiredService<IOptions<OrganizationOptions>>().Value.DefaultLanguage);
    }

    [Fact]
    public async Task DefaultLanguage_Unsupported_FailsNamingTheSetting()
    {
        await using var host = new ConversationTestHost(settings: new() { ["Organization:DefaultLanguage"] = "de" });

        var error = Assert.Throws<OptionsValidationException>(
            () => host.Services.GetRequiredService<IOptions<OrganizationOptions>>().Value);

        Assert.Contains("Organization:DefaultLanguage", error.Message, StringComparison.Ordinal);
    }

    private static LanguageResolver Resolver(string? preference, string defaultLanguage) =>
        new(new FixedPreference(preference), Options.Create(new OrganizationOptions { DefaultLanguage = defaultLanguage }));

    private sealed class FixedPreference(string? language) : IUserLanguagePreference
    {
        public List<string> AskedFor { get; } = [];

        public Task<string?> GetAsync(string userId, CancellationToken cancellationToken)
        {
            AskedFor.Add(userId);
            return Task.FromResult(language);
        }
    }
}
