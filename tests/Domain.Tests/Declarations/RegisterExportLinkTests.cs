using ComplianceBot.Domain.Declarations;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Declarations;

/// <summary>Export links: unguessable, stored only as a hash, for one officer, and short-lived.</summary>
public sealed class RegisterExportLinkTests : RegisterTestBase
{
    [Fact]
    public async Task Create_ThenReload_StoresOnlyTheHashOfA256BitToken()
    {
        string token;
        await using (var db = Database.CreateContext())
        {
            var (link, issued) = RegisterExportLink.Create(await World.OfficerAsync(db), "{}", TimeSpan.FromMinutes(15), World.Clock.Now);
            db.RegisterExportLinks.Add(link);
            await db.SaveChangesAsync();
            token = issued;
        }

        await using var read = Database.CreateContext();
        var stored = await read.RegisterExportLinks.SingleAsync();
        Assert.Equal(43, token.Length);
        Assert.DoesNotContain(token, stored.TokenHash, StringComparison.Ordinal);
        Assert.Equal(RegisterExportLink.Hash(token), stored.TokenHash);
        Assert.Equal(TestWorld.OfficerA, stored.OfficerAadObjectId);
    }

    [Fact]
    public async Task IsValidAt_AfterLifetime_IsFalse()
    {
        await using var db = Database.CreateContext();
        var (link, _) = RegisterExportLink.Create(await World.OfficerAsync(db), "{}", TimeSpan.FromMinutes(15), World.Clock.Now);

        Assert.True(link.IsValidAt(World.Clock.Now.AddMinutes(14)));
        Assert.False(link.IsValidAt(World.Clock.Now.AddMinutes(15)));
    }

    [Fact]
    public async Task Create_TwoLinks_HaveDifferentTokens()
    {
        await using var db = Database.CreateContext();
        var officer = await World.OfficerAsync(db);

        var first = RegisterExportLink.Create(officer, "{}", TimeSpan.FromMinutes(1), World.Clock.Now).Token;
        var second = RegisterExportLink.Create(officer, "{}", TimeSpan.FromMinutes(1), World.Clock.Now).Token;

        Assert.NotEqual(first, second);
    }
}
