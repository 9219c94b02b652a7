using ComplianceBot.Bot.Tests.Browser;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Registers;

/// <summary>
/// Decision 141: a register page's filters, order and keyset pages (GET parameters, so a link reproduces the view)
/// return exactly the matching rows — first page, next pages, back — with no duplicate and no gap, also when several
/// declarations were filed at the same instant (the key's Id breaks the tie).
/// </summary>
public sealed class RegisterPagingTests(RegistersHost host) : IClassFixture<RegistersHost>
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task NextPages_ListEveryRowOnce_InFilingOrder_AndPreviousGoesBack()
    {
        var department = "Paging " + Guid.NewGuid().ToString("N")[..6];
        var (browser, filedAt) = await SeedAsync(department, 120);
        using var _ = browser;

        var pages = await WalkAsync(browser, $"/workspace/registers/gifts?department={Uri.EscapeDataString(department)}");
        var seen = pages.SelectMany(p => p.Numbers).ToList();
        var back = await browser.Client.GetStringAsync(RegistersHost.LinkOn(pages[1].Html, "prev")!);

        Assert.Equal([50, 50, 20], pages.Select(p => p.Numbers.Count));
        Assert.Equal(filedAt.Keys.Order(), seen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.True(seen.Zip(seen.Skip(1)).All(pair => filedAt[pair.First] <= filedAt[pair.Second]), "oldest first");
        Assert.Equal(pages[0].Numbers, RegistersHost.NumbersOn(back));
        Assert.Null(RegistersHost.LinkOn(back, "prev"));
        Assert.Null(RegistersHost.LinkOn(pages[0].Html, "prev"));
    }

    [Fact]
    public async Task NewestFirst_IsTheReverseOrder_AcrossPages()
    {
        var department = "Sorting " + Guid.NewGuid().ToString("N")[..6];
        var (browser, _) = await SeedAsync(department, 60);
        using var __ = browser;
        var view = $"/workspace/registers/gifts?department={Uri.EscapeDataString(department)}";

        var oldestFirst = (await WalkAsync(browser, view)).SelectMany(p => p.Numbers).ToList();
        var newestFirst = await WalkAsync(browser, view + "&sort=desc");

        oldestFirst.Reverse();
        Assert.Equal([50, 10], newestFirst.Select(p => p.Numbers.Count));
        Assert.Equal(oldestFirst, newestFirst.SelectMany(p => p.Numbers));
    }

    [Fact]
    public async Task StatusDateRangeAndSearch_ReturnOnlyTheMatchingRows()
    {
        var department = "Filters " + Guid.NewGuid().ToString("N")[..6];
        var officer = await host.AddPersonAsync("Filter Officer", officer: true);
        var zarina = await host.AddPersonAsync("Zarina Filterova", department: department);
        var timur = await host.AddPersonAsync("Timur Filterov", department: department);
        var decided = await host.FileGiftAsync(zarina, Start, 10_000, decidedBy: officer);
        var pendingEarly = await host.FileGiftAsync(timur, Start.AddDays(1), 20_000);
        var pendingLate = await host.FileGiftAsync(zarina, Start.AddDays(20), 30_000);
        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(officer);
        var view = $"/workspace/registers/gifts?department={Uri.EscapeDataString(department)}";

        var pending = RegistersHost.NumbersOn(await browser.Client.GetStringAsync(view + "&status=Pending"));
        var inMarch = RegistersHost.NumbersOn(await browser.Client.GetStringAsync(view + "&from=2026-03-01&to=2026-03-10"));
        var byName = RegistersHost.NumbersOn(await browser.Client.GetStringAsync(view + "&q=zarina"));
        var byNumber = RegistersHost.NumbersOn(await browser.Client.GetStringAsync(view + "&q=" + pendingLate));

        Assert.Equal([pendingEarly, pendingLate], pending);
        Assert.Equal([decided, pendingEarly], inMarch);
        Assert.Equal([decided, pendingLate], byName);
        Assert.Equal([pendingLate], byNumber);
    }

    /// <summary>Gifts of one department, three filed at each instant; the officer signed in; when each number was filed.</summary>
    private async Task<(BrowserSession Browser, Dictionary<string, DateTimeOffset> FiledAt)> SeedAsync(string department, int count)
    {
        var officer = await host.AddPersonAsync("Paging Officer", officer: true);
        var declarant = await host.AddPersonAsync("Dana Declarant", department: department);
        var filed = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var at = Start.AddMinutes(i / 3);
            filed[await host.FileGiftAsync(declarant, at, 1000 + i)] = at;
        }

        var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(officer);
        return (browser, filed);
    }

    /// <summary>Follows the "next" links from <paramref name="link"/> to the last page.</summary>
    private static async Task<List<(string Html, List<string> Numbers)>> WalkAsync(BrowserSession browser, string link)
    {
        var pages = new List<(string, List<string>)>();
        for (string? next = link; next is not null && pages.Count < 10;)
        {
            var html = await browser.Client.GetStringAsync(next);
            pages.Add((html, RegistersHost.NumbersOn(html)));
            next = RegistersHost.LinkOn(html, "next");
        }

        return pages;
    }
}
