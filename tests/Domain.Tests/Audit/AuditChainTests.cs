using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Gifts;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Audit;

public sealed class AuditChainTests : RegisterTestBase
{
    private static GiftDetails Details => new(
        GiftDirection.Given, new DateOnly(2026, 2, 1), null, "Partner JSC", false, "Visit", "Souvenir", 5000m, GiftWhereabouts.Other);

    [Fact]
    public async Task VerifyAsync_UntouchedChain_IsIntact()
    {
        await FileGiftsAsync(3);
        await using var db = Database.CreateContext();

        var result = await new AuditChainVerifier(db).VerifyAsync();

        Assert.True(result.IsIntact);
        Assert.Equal(5, result.EntriesChecked);
    }

    // Regulation invariant 4: a silently changed entry is detected and located.
    [Fact]
    public async Task VerifyAsync_OneRowChangedWithRawSql_NamesThatEntry()
    {
        await FileGiftsAsync(3);
        await using (var db = Database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET Actor = 'someone-else' WHERE Sequence = 4");
        }

        await using var read = Database.CreateContext();
        var result = await new AuditChainVerifier(read).VerifyAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Equal(3, result.EntriesChecked);
    }

    [Fact]
    public async Task VerifyAsync_RowRemoved_NamesTheGap()
    {
        await FileGiftsAsync(2);
        await using (var db = Database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries WHERE Sequence = 3");
        }

        await using var read = Database.CreateContext();
        var result = await new AuditChainVerifier(read).VerifyAsync();

        Assert.Equal(3, result.FirstBrokenSequence);
    }

    // Two instances appending at once still produce one unbroken chain.
    [Fact]
    public async Task SaveChangesAsync_TwoContextsConcurrently_KeepOneChain()
    {
        await Task.WhenAll(Task.Run(() => FileGiftsAsync(10)), Task.Run(() => FileGiftsAsync(10)));

        await using var db = Database.CreateContext();
        var result = await new AuditChainVerifier(db).VerifyAsync();
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(22, result.EntriesChecked);
    }

    private async Task FileGiftsAsync(int count)
    {
        await using var db = Database.CreateContext();
        for (var i = 0; i < count; i++)
        {
            db.GiftDeclarations.Add(GiftDeclaration.File(TestWorld.Employee, Details, World.Clock));
            await db.SaveChangesAsync();
        }
    }
}
