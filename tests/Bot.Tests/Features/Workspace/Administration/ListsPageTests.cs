using System.Net;
using System.Text.RegularExpressions;
using ComplianceBot.Bot.Tests.Browser;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain.People;
using static ComplianceBot.Bot.Tests.Features.Workspace.Cases.CasesWorkspace;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Administration;

/// <summary>An organisation whose director set the report categories and the gift threshold (Reg. 10), and left the rest.</summary>
public sealed class ListsWorld : BotTestHost, IAsyncLifetime
{
    public const string Director = "aad-lists-director";
    public const string Officer = "aad-lists-officer";
    public const string Employee = "aad-lists-employee";

    public ListsWorld()
        : base(new TestDataFolder())
    {
        Settings["Organization:DirectorAadObjectId"] = Director;
        Settings["Registers:Categories:0:Key"] = "Kickbacks";
        Settings["Registers:Categories:0:Kk"] = "Кері төлемдер";
        Settings["Registers:Categories:0:Ru"] = "Откаты";
        Settings["Registers:Categories:0:En"] = "Kickbacks";
        Settings["Registers:Categories:0:Class"] = "SuspectedOffence";
        Settings["Registers:Categories:1:Key"] = "Rudeness";
        Settings["Registers:Categories:1:Kk"] = "Дөрекілік";
        Settings["Registers:Categories:1:Ru"] = "Грубость";
        Settings["Registers:Categories:1:En"] = "Rudeness to colleagues";
        Settings["Registers:Categories:1:Class"] = "EthicsBreach";
        Settings["Declarations:GiftHandOverThresholdMci"] = "5";
    }

    public async Task InitializeAsync()
    {
        await AppointOfficerAsync(Officer, "No. 7", "test", "Olzhas Officer", tenant: "development");
        await WithDbAsync(async db =>
        {
            db.Employees.Add(ComplianceBot.Domain.People.Employee.Create(Director, "development", "Daulet Director", "en", DateTimeOffset.UtcNow));
            db.Employees.Add(ComplianceBot.Domain.People.Employee.Create(Employee, "development", "Aliya Employee", "en", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// Decision 146: the lists in force (Reg. 10) for officers and the director — the director's categories with their
/// Reg. 5.4 class, the defaults where nothing is configured, and the thresholds with where each is set.
/// </summary>
public sealed class ListsPageTests(ListsWorld world) : IClassFixture<ListsWorld>
{
    private const string Page = "/workspace/admin/lists";

    private async Task<string> PageAsync(string person, string language = "en")
    {
        using var browser = BrowserSession.Open(world, language);
        await browser.SignInLocallyAsync(person);
        var response = await browser.Client.GetAsync($"{Page}?locale={language}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Section(string html, string list) =>
        Regex.Match(html, $"data-list=\"{list}\".*?</section>", RegexOptions.Singleline).Value;

    [Fact]
    public async Task AnEmployee_IsForbidden()
    {
        using var browser = BrowserSession.Open(world);
        await browser.SignInLocallyAsync(ListsWorld.Employee);

        var response = await browser.Client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Kickbacks", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // Reg. 10, 5.4: the director's categories replace the default list, in order, each with its class.
    [Theory]
    [InlineData(ListsWorld.Officer)]
    [InlineData(ListsWorld.Director)]
    public async Task TheConfiguredCategories_AreShownWithTheirClass_AsTheDirectorsList(string person)
    {
        var categories = Section(await PageAsync(person), "Categories");

        Assert.Contains("data-source=\"configured\"", categories, StringComparison.Ordinal);
        Assert.Contains("Registers:Categories", categories, StringComparison.Ordinal);
        var rows = Regex.Matches(Text(categories), @"(Kickbacks|Rudeness to colleagues)\s+\w+\s+(Suspected corruption offence|Ethics breach)").Select(m => (m.Groups[1].Value, m.Groups[2].Value));
        Assert.Equal([("Kickbacks", "Suspected corruption offence"), ("Rudeness to colleagues", "Ethics breach")], rows);
        Assert.DoesNotContain("Bribery", categories, StringComparison.Ordinal);
    }

    // A list nobody configured is the default, said so; the labels are in the page's language.
    [Fact]
    public async Task AListLeftEmpty_IsTheDefault_AndLabelsFollowTheLanguage()
    {
        var html = await PageAsync(ListsWorld.Officer);
        var russian = await PageAsync(ListsWorld.Officer, "ru");

        var outcomes = Section(html, "Outcomes");
        Assert.Contains("data-source=\"default\"", outcomes, StringComparison.Ordinal);
        Assert.Contains("ReferredToAuthorizedBody", outcomes, StringComparison.Ordinal);
        Assert.Contains("Откаты", Section(russian, "Categories"), StringComparison.Ordinal);
    }

    // The gift threshold the director set, in MCI and tenge for this year (4 325 ₸ in 2026 × 5); the deadlines at their defaults.
    [Fact]
    public async Task TheThresholds_SayWhichIsConfiguredAndWhichTheDefault()
    {
        var thresholds = Section(await PageAsync(ListsWorld.Director), "thresholds");
        var rows = Regex.Matches(thresholds, "<tr>.*?</tr>", RegexOptions.Singleline).Select(m => Text(m.Value)).ToList();

        var gift = Assert.Single(rows, r => r.Contains("Declarations:GiftHandOverThresholdMci", StringComparison.Ordinal));
        Assert.Contains("more than 5 MCI", gift, StringComparison.Ordinal);
        Assert.Contains("The director's value", gift, StringComparison.Ordinal);
        var acknowledge = Assert.Single(rows, r => r.Contains("Registers:AcknowledgementDeadline", StringComparison.Ordinal));
        Assert.Contains("7 days", acknowledge, StringComparison.Ordinal);
        Assert.Contains("The default", acknowledge, StringComparison.Ordinal);
    }
}
