using System.Net;
using System.Text.RegularExpressions;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Registers;

/// <summary>The workspace's registers and administration (decision 141) on a host of their own, with a configured director.</summary>
public sealed partial class RegistersHost : BotTestHost
{
    public const string Director = "aad-ws-director";

    public RegistersHost()
        : base(new TestDataFolder())
    {
        BackgroundServicesOff = true;
        Settings["Organization:DirectorAadObjectId"] = Director;
    }

    /// <summary>The configured director, in the directory (so the local sign-in lists them).</summary>
    public async Task<string> DirectorAsync()
    {
        await WithDbAsync(async (db, clock) =>
        {
            if (await db.Employees.FindAsync(Director) is null)
            {
                db.Employees.Add(Employee.Create(Director, "development", "Director Person", "en", clock.Now));
                await db.SaveChangesAsync();
            }
        });
        return Director;
    }

    public async Task<string> AddPersonAsync(string name, bool officer = false, string? department = null, string? mail = null, bool left = false)
    {
        var aad = "aad-ws-" + Guid.NewGuid().ToString("N");
        await WithDbAsync(async (db, clock) =>
        {
            var employee = Employee.Create(aad, "development", name, "en", clock.Now);
            employee.UpdateFromDirectory("development", name, department, null, null, "en", clock.Now);
            employee.UpdateMail(mail, clock.Now);
            if (left)
            {
                employee.MarkLeft(clock.Today.AddDays(-1), clock.Now);
            }

            db.Employees.Add(employee);
            if (officer)
            {
                db.OfficerAppointments.Add(OfficerAppointment.Record(aad, "No. 1", clock.Today.AddDays(-10), clock.Today.AddDays(-10), clock.Today.AddYears(1), "test", clock.Now));
            }

            await db.SaveChangesAsync();
        });
        return aad;
    }

    /// <summary>A gift filed by <paramref name="declarant"/> at <paramref name="filedAt"/> (the filing's own clock), decided by <paramref name="decidedBy"/> when given.</summary>
    public async Task<string> FileGiftAsync(string declarant, DateTimeOffset filedAt, decimal valueKzt, string? decidedBy = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var clock = new RegisterClock(new FakeTimeProvider(filedAt), Services.GetRequiredService<IOptions<OrganizationOptions>>());
        var gift = GiftDeclaration.File(declarant, new GiftDetails(GiftDirection.Received, clock.Today, "Marat", "Dala LLP", true, "Signing", "A briefcase", valueKzt, GiftWhereabouts.WithDeclarant), clock);
        db.GiftDeclarations.Add(gift);
        if (decidedBy is not null)
        {
            var officer = await scope.ServiceProvider.GetRequiredService<OfficerRoster>().RequireActiveAsync(decidedBy);
            gift.Decide(officer, GiftOutcome.MayKeep, "Token of courtesy", filedAt.AddHours(1));
        }

        await db.SaveChangesAsync();
        return gift.Number!;
    }

    public async Task WithDbAsync(Func<RegistersDbContext, RegisterClock, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<RegistersDbContext>(), scope.ServiceProvider.GetRequiredService<RegisterClock>());
    }

    /// <summary>The register numbers of a page's rows, in order.</summary>
    public static List<string> NumbersOn(string html) => [.. RowNumber().Matches(html).Select(m => m.Groups[1].Value)];

    /// <summary>The page's "next" or "previous" link, decoded; null when there is none.</summary>
    public static string? LinkOn(string html, string rel) =>
        Regex.Match(html, $"<a href=\"([^\"]+)\" rel=\"{rel}\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("<th scope=\"row\">([^<]+)</th>")]
    private static partial Regex RowNumber();
}
