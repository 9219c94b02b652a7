using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Tests.Conversation;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Features.Declarations;

/// <summary>Decision 104: receipts of ordinary declarations reach the director only in the daily digest.</summary>
public sealed class DeclarationDigestTests : IDisposable
{
    private static readonly TestUser Employee = new("aad-employee", "Aigerim Seitkali");
    private readonly TestDataFolder folder = new("compliancebot-decl-digest");

    [Fact]
    public async Task GiftSubmit_DigestOn_HeldForTheDigestWithoutTheDeclarantsName()
    {
        await using var app = new DeclarationsApp(folder.Path, director: "aad-director", settings: new Dictionary<string, string?> { ["Notices:DigestEnabled"] = "true" });
        await app.AppointAsync("aad-officer-a", "Daniyar Omarov");

        await app.ExecuteAsync(Employee, DeclarationVerbs.GiftSubmit, Forms.Gift(value: "25000"));

        var item = Assert.Single(await app.WithDbAsync(db => db.DirectorDigestItems.ToListAsync()));
        Assert.Equal((DirectorNoticeKinds.GiftDeclared, $"G-{Forms.Today.Year}-0001", "Pending", Forms.Today), (item.NoticeType, item.Number, item.Status, item.Date));
        Assert.True(item.IsPending);
        Assert.False(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == "director.mail")));
        Assert.False(await app.WithDbAsync(db => db.DirectorDigestItems.AnyAsync(i => i.Number.Contains(Employee.Name) || i.Category.Contains(Employee.Name))));
    }

    [Fact]
    public async Task GiftSubmit_DigestOff_NothingHeldAndNoDirectorMail()
    {
        await using var app = new DeclarationsApp(folder.Path, director: "aad-director");
        await app.AppointAsync("aad-officer-a", "Daniyar Omarov");

        await app.ExecuteAsync(Employee, DeclarationVerbs.GiftSubmit, Forms.Gift(value: "25000"));

        Assert.False(await app.WithDbAsync(db => db.DirectorDigestItems.AnyAsync()));
        Assert.False(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == "director.mail")));
    }

    public void Dispose() => folder.Dispose();
}
