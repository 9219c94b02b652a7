using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Reports;

/// <summary>
/// The report services resolve from configuration, and a setting that would weaken "Check my report" (Reg. 23.2:
/// lockout, the lockout rows' key) or the anonymous release window (decision 119) stops start-up, naming the setting.
/// </summary>
public sealed class ReportServiceCollectionExtensionsTests : IDisposable
{
    private static readonly string Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cb-domain-tests", Guid.NewGuid().ToString("N"));

    private ServiceProvider Build(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new[] { ("Registers:DataDirectory", (string?)_folder) }.Concat(settings)
                .Select(s => new KeyValuePair<string, string?>(s.Item1, s.Item2)))
            .Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddRegisters(configuration).AddReportServices()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    [Fact]
    public async Task AddReportServices_Configured_ResolvesEveryReportServiceWithTheBoundSettings()
    {
        await using var services = Build(
            ("Reports:FollowUpKey", Key), ("Reports:FollowUpLockout:MaxFailures", "3"), ("Reports:AnonymousRelease:Window", "01:30:00"));
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;

        Assert.NotNull(provider.GetRequiredService<GuardedReportFollowUp>());
        Assert.NotNull(provider.GetRequiredService<ReportNotices>());
        Assert.NotNull(provider.GetRequiredService<DirectorReportView>());
        Assert.NotNull(provider.GetRequiredService<ReportDeadlines>());
        Assert.NotNull(provider.GetRequiredService<DirectorDigest>());
        Assert.NotNull(provider.GetRequiredService<AnonymousNoticeRelease>());
        Assert.Same(services.GetRequiredService<ReporterContact>(), provider.GetRequiredService<ReporterContact>());
        Assert.False(services.GetRequiredService<FollowUpKeyring>().IsUsingDevelopmentKey);
        Assert.Equal(3, services.GetRequiredService<IOptions<FollowUpLockoutOptions>>().Value.MaxFailures);
        Assert.Equal(TimeSpan.FromMinutes(90), services.GetRequiredService<IOptions<AnonymousReleaseOptions>>().Value.Window);
    }

    // Reg. 23.2: a lockout that never locks (0 failures) is refused at start-up.
    [Fact]
    public async Task AddReportServices_LockoutOutOfRange_NamesTheSetting()
    {
        await using var services = Build(("Reports:FollowUpLockout:MaxFailures", "0"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<FollowUpLockoutOptions>>().Value);

        Assert.Contains("Reports:FollowUpLockout:MaxFailures", error.Message, StringComparison.Ordinal);
    }

    // Decision 117: the lockout rows' key must be 32 bytes of base64, or start-up stops.
    [Fact]
    public async Task AddReportServices_MalformedFollowUpKey_NamesTheSetting()
    {
        await using var services = Build(("Reports:FollowUpKey", "not-a-key"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<FollowUpKeyOptions>>().Value);

        Assert.Contains(FollowUpKeyOptions.SettingName, error.Message, StringComparison.Ordinal);
    }

    // Decision 119: the release moment is drawn within working time; a day that ends before it starts is refused.
    [Theory]
    [InlineData("Reports:AnonymousRelease:WorkdayStart", "18:00:00", AnonymousReleaseOptions.InvalidWorkdayMessage)]
    [InlineData("Reports:AnonymousRelease:Window", "09:00:00", "Reports:AnonymousRelease:Window")]
    public async Task AddReportServices_BadAnonymousRelease_NamesTheSetting(string setting, string value, string expected)
    {
        await using var services = Build((setting, value));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AnonymousReleaseOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
