using System.Net.Http.Headers;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Tests.Features.Declarations;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Bot.Tests.Features.Reports;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Tests.Channel.Inbound;

/// <summary>
/// The real host over its own SQLite registers (Development, unauthenticated, a recording connector, no periodic
/// services) for posting raw request bodies, and a count of every table's rows to show what a request stored.
/// Only warnings and errors are captured: an error logged by the inbound path is a handler that threw.
/// </summary>
public sealed class RawActivityHost : IAsyncLifetime
{
    private readonly ReportsAppFactory app = new();

    internal ReportsAppFactory App => app;

    internal RecordingConnector Connector { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        foreach (var category in new[] { "Default", "Microsoft", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "System.Net.Http.HttpClient" })
        {
            app.Settings[$"Logging:LogLevel:{category}"] = "Warning";
        }

        app.Settings["Teams:InvokeTimeout"] = "00:00:04.500";

        // Kestrel's listening address stands in for it in production; the in-memory test server has none.
        app.Settings["Declarations:PublicBaseUrl"] = "http://localhost/";
        app.TestServices = services =>
        {
            services.WithoutBackgroundServices();
            services.RemoveAll<IConnectorClient>();
            services.AddSingleton<IConnectorClient>(Connector);
        };
        Client = app.CreateClient();
        await app.AppointOfficerAsync();
    }

    public async Task<HttpResponseMessage> PostAsync(byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return await Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    /// <summary>Rows per table, every table of the registers' file (the migrations' history too).</summary>
    public async Task<SortedDictionary<string, long>> RowCountsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={app.DatabaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    /// <summary>
    /// Errors of the bot and of ASP.NET Core: a handler that threw (answered 500, or after an invoke's fallback answer),
    /// or an exception out of the endpoint. EF Core's own error lines are left out: a redelivered id is refused by the
    /// database's key, which EF logs as an error while the bot answers it as a duplicate.
    /// </summary>
    public IReadOnlyList<string> Failures() =>
        [.. app.Logs.All.Split('\n').Where(line => line.StartsWith("Error ComplianceBot.", StringComparison.Ordinal)
                                                    || line.StartsWith("Error Microsoft.AspNetCore.", StringComparison.Ordinal)
                                                    || line.StartsWith("Critical ", StringComparison.Ordinal))];

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
    }
}
