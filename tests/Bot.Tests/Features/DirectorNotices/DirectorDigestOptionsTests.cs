using ComplianceBot.Bot.Tests.Delivery.Graph;
using ComplianceBot.Domain.Notices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Tests.Features.DirectorNotices;

public sealed class DirectorDigestOptionsTests
{
    [Theory]
    [InlineData("1.02:00:00")]
    [InlineData("-01:00")]
    public void Value_DigestTimeOutsideTheDay_RefusedNamingTheSetting(string value)
    {
        using var provider = Provider(new() { ["Notices:DigestTimeOfDay"] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DirectorDigestOptions>>().Value);

        Assert.Contains("Notices:DigestTimeOfDay", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_Set_BindsEnabledAndTime()
    {
        using var provider = Provider(new() { ["Notices:DigestEnabled"] = "true", ["Notices:DigestTimeOfDay"] = "17:30" });

        var options = provider.GetRequiredService<IOptions<DirectorDigestOptions>>().Value;

        Assert.Equal((true, new TimeSpan(17, 30, 0)), (options.DigestEnabled, options.DigestTimeOfDay));
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddDirectorDigest()
            .BuildServiceProvider();
}
