using System.Globalization;
using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Domain;

namespace ComplianceBot.Bot.Cli;

/// <summary>
/// <c>officers end ID --reason "…" [--from YYYY-MM-DD]</c>: records the director's decision ending an officer's
/// appointment early (Reg. 15–17), from today unless <c>--from</c> says otherwise, audited with the reason. From that
/// day the person is no officer; the review cards they hold are closed at once when the end is today or earlier
/// (decision 121), otherwise at their next update.
/// </summary>
internal static partial class OfficerCommands
{
    private static async Task<int> EndAsync(string[] args, Dictionary<string, string> options, IServiceProvider services, TextWriter output, TextWriter error)
    {
        if (args.Length < 3 || args[2].StartsWith("--", StringComparison.Ordinal) || string.IsNullOrWhiteSpace(options.GetValueOrDefault("reason")))
        {
            return Fail(error, $"officers end needs the officer's id and --reason\n{Usage}");
        }

        var clock = services.GetRequiredService<RegisterClock>();
        var from = clock.Today;
        if (options.TryGetValue("from", out var fromText) && !TryDate(fromText, out from))
        {
            return Fail(error, "dates are YYYY-MM-DD");
        }

        var id = args[2];
        int ended;
        int closed;
        try
        {
            // The same use case as the workspace's administration page (decision 141).
            (ended, closed) = await ActivatorUtilities.CreateInstance<OfficerAppointmentDesk>(services)
                .EndAsync(id, from, options["reason"], $"cli:{Environment.UserName}", services.GetRequiredService<ReviewDelivery>().CloseCardsOfAsync);
        }
        catch (DomainRuleException refused)
        {
            return Fail(error, refused.Message);
        }

        if (ended == 0)
        {
            return Fail(error, $"{id} holds no current or future appointment");
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Ended {ended} appointment(s) of {id} from {from:yyyy-MM-dd}; {closed} review card(s) closed."));
        return 0;
    }
}
