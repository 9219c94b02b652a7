using ComplianceBot.Bot.Tests.Conversation;
using ComplianceBot.Bot.Tests.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceBot.Bot.Tests.Features.Reports;

/// <summary>
/// <see cref="BotTestHost"/> over a SQLite file of its own, with every log event captured at Trace, a fake Bot
/// Connector, and the unauthenticated development switch so tests post activities as Teams would after authentication.
/// </summary>
internal sealed class ReportsAppFactory : BotTestHost
{
    public const string Officer = "aad-officer-71c2";
    public const string Director = "aad-director-93b0";
    public const string AuthorizedBody = "agency@anticorruption.example";

    public ReportsAppFactory()
        : base(new TestDataFolder("cb-report-tests"))
    {
        BotConnector = Connector;
        LogCapture = Logs;
        LogCaptureLevel = LogLevel.Trace;
        Settings["Teams:DangerouslyAllowUnauthenticatedRequests"] = "true";
        Settings["Teams:AllowedServiceUrlHosts:0"] = new Uri(ReportActivities.ServiceUrl).Host;
        Settings["ConnectionStrings:Registers"] = $"Data Source={DatabaseFile};Pooling=False";
        Settings["Registers:PassphraseIterations"] = "1000";
        Settings["Registers:IdentityEncryptionKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        Settings["Organization:DirectorAadObjectId"] = Director;
        Settings["Organization:AuthorizedBodyEmail"] = AuthorizedBody;
        // Notices about anonymous reports at once unless a test sets a window (decision 119).
        Settings["Reports:AnonymousRelease:Window"] = "00:00:00";
        foreach (var category in (string[])["Default", "Microsoft", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "System.Net.Http.HttpClient"])
        {
            Settings[$"Logging:LogLevel:{category}"] = "Trace";
        }
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public FakeConnectorClient Connector { get; } = new();

    /// <summary>Appoints <paramref name="officer"/> (default <see cref="Officer"/>) by the director's decision (Reg. 6–7).</summary>
    public Task AppointOfficerAsync(string officer = Officer) => AppointOfficerAsync(officer, "D-7/2026", Director);
}
