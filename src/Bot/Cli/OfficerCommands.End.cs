using System.Globalization;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

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
        var db = services.GetRequiredService<RegistersDbContext>();
        var current = (await db.OfficerAppointments.Where(a => a.OfficerAadObjectId == id && a.TerminatedOn == null).ToListAsync())
            .Where(a => !a.HasEndedOn(clock.Today))
            .ToList();
        if (current.Count == 0)
        {
            return Fail(error, $"{id} holds no current or future appointment");
        }

        var recordedBy = $"cli:{Environment.UserName}";
        var closed = 0;
        try
        {
            foreach (var appointment in current)
            {
                appointment.Terminate(from < appointment.TermStart ? appointment.TermStart : from, recordedBy[..Math.Min(recordedBy.Length, Employee.IdMaxLength)], clock.Now, options["reason"]);
            }

            if (from <= clock.Today)
            {
                closed = await services.GetRequiredService<ReviewDelivery>().CloseCardsOfAsync(id, CancellationToken.None);
            }

            await db.SaveChangesAsync();
        }
        catch (DomainRuleException refused)
        {
            return Fail(error, refused.Message);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Ended {current.Count} appointment(s) of {id} from {from:yyyy-MM-dd}; {closed} review card(s) closed."));
        return 0;
    }
}
