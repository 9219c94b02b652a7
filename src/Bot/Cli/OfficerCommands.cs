using System.Globalization;
using ComplianceBot.Bot.Features;
using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Resources.DomainRules;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Cli;

/// <summary>
/// <c>officers appoint …</c> and <c>officers list</c> (docs/administration.md): record the director's decision
/// appointing an officer (Reg. 6–7, 15, 17) in the same database the web host uses — the configuration is built
/// exactly as the web host builds it (appsettings, environment, user secrets, <c>--Key=value</c> arguments).
/// </summary>
internal static partial class OfficerCommands
{
    public const string Usage = """
        usage: ComplianceBot.Bot officers appoint --aad-object-id ID --name "Full Name" --decision "No. 12"
                   --decision-date YYYY-MM-DD --from YYYY-MM-DD --to YYYY-MM-DD [--tenant-id T] [--language kk|ru|en]
               ComplianceBot.Bot officers list
               ComplianceBot.Bot officers end ID --reason "why" [--from YYYY-MM-DD]
        """;

    private static readonly string[] AppointOptions = ["aad-object-id", "name", "decision", "decision-date", "from", "to", "tenant-id", "language", "reason"];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (options, rest) = Split(args.Skip(args is [_, "end", ..] ? 3 : 2).ToArray());
        var builder = WebApplication.CreateBuilder(rest);
        builder.Services.AddRegisters(builder.Configuration);
        if (args[1] == "end")
        {
            // Closing the ended officer's review cards renders them (decision 121).
            builder.Services.AddConversationFlows(builder.Configuration).AddDeclarations();
        }

        await using var app = builder.Build();
        await app.Services.MigrateRegistersIfEnabledAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return args[1] switch
        {
            "appoint" => await AppointAsync(options, services, output, error),
            "list" => await ListAsync(services, output),
            "end" => await EndAsync(args, options, services, output, error),
            _ => Fail(error, Usage),
        };
    }

    private static async Task<int> AppointAsync(Dictionary<string, string> options, IServiceProvider services, TextWriter output, TextWriter error)
    {
        var missing = AppointOptions.Take(6).Where(o => !options.ContainsKey(o)).ToList();
        if (missing.Count > 0)
        {
            return Fail(error, $"missing --{string.Join(", --", missing)}\n{Usage}");
        }

        if (!TryDate(options["decision-date"], out var decisionDate) || !TryDate(options["from"], out var from) || !TryDate(options["to"], out var to))
        {
            return Fail(error, "dates are YYYY-MM-DD");
        }

        var id = options["aad-object-id"];
        try
        {
            // The same use case as the workspace's administration page (decision 141).
            await ActivatorUtilities.CreateInstance<OfficerAppointmentDesk>(services).AppointAsync(
                id, options["name"], options["decision"], decisionDate, from, to, $"cli:{Environment.UserName}",
                options.GetValueOrDefault("tenant-id"),
                options.GetValueOrDefault("language") ?? services.GetRequiredService<IOptions<OrganizationOptions>>().Value.DefaultLanguage);
        }
        catch (DomainRuleException refused)
        {
            // The operator reads the rule and clause (the exception message) and the rule's text as users read it.
            var text = services.GetService<DomainErrorText>()?.For(refused);
            return Fail(error, text is null ? refused.Message : $"{refused.Message} {text}");
        }

        await output.WriteLineAsync($"Appointed {id} as compliance officer from {from:yyyy-MM-dd} to {to:yyyy-MM-dd} (decision {options["decision"]}).");
        return 0;
    }

    private static async Task<int> ListAsync(IServiceProvider services, TextWriter output)
    {
        var db = services.GetRequiredService<RegistersDbContext>();
        var today = services.GetRequiredService<RegisterClock>().Today;
        var appointments = await db.OfficerAppointments.AsNoTracking().ToListAsync();
        var names = await db.Employees.AsNoTracking().ToDictionaryAsync(e => e.AadObjectId, e => e.DisplayName);
        foreach (var a in appointments.OrderBy(a => a.TermStart))
        {
            var state = a.IsActiveOn(today) ? "active" : "inactive";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{a.OfficerAadObjectId}\t{names.GetValueOrDefault(a.OfficerAadObjectId, "?")}\t{a.DecisionNumber}\t{a.TermStart:yyyy-MM-dd}..{a.TermEnd:yyyy-MM-dd}\t{state}"));
        }

        if (appointments.Count == 0)
        {
            await output.WriteLineAsync("No officer appointments recorded.");
        }

        return 0;
    }

    /// <summary>Our own <c>--name value</c> options; anything else goes to the host's configuration.</summary>
    private static (Dictionary<string, string> Options, string[] Remaining) Split(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (name is not null && AppointOptions.Contains(name) && i + 1 < args.Length)
            {
                options[name] = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        return (options, [.. rest]);
    }

    private static bool TryDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return 2;
    }
}
