using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Gifts;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Numbering;

public sealed class RegisterNumberingTests : RegisterTestBase
{
    private static GiftDetails Details => new(
        GiftDirection.Received, new DateOnly(2026, 2, 1), "X", null, false, "Visit", "Pen", 3000m, GiftWhereabouts.WithDeclarant);

    // Two instances filing at the same time never give one number twice and leave no gap.
    [Fact]
    public async Task SaveChangesAsync_TwoContextsFilingConcurrently_NumbersAreUniqueAndConsecutive()
    {
        // Task.Run: Microsoft.Data.Sqlite completes synchronously, so without threads nothing would overlap.
        await Task.WhenAll(Task.Run(() => FileAsync(15)), Task.Run(() => FileAsync(15)));

        await using var db = Database.CreateContext();
        var numbers = await db.GiftDeclarations.Select(d => d.Number!).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 30).Select(n => $"G-2026-{n:D4}"), numbers.Order());
    }

    [Fact]
    public async Task SaveChangesAsync_NewYear_StartsAgainAtOne()
    {
        await FileAsync(2);
        World.Time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 19, 30, 0, TimeSpan.Zero)); // 00:30 on 1 Jan in Almaty
        await FileAsync(1);

        await using var db = Database.CreateContext();
        Assert.Contains("G-2027-0001", await db.GiftDeclarations.Select(d => d.Number).ToListAsync());
    }

    [Fact]
    public async Task SaveChangesAsync_DifferentRegisters_CountSeparately()
    {
        await FileAsync(2);
        await using var db = Database.CreateContext();
        var conflict = ConflictOfInterestDeclaration.File(
            TestWorld.Employee, new ConflictDetails(ConflictArea.Hiring, "Cousin applies", null, "Hiring 2026-3"), World.Clock);
        db.ConflictDeclarations.Add(conflict);
        await db.SaveChangesAsync();

        Assert.Equal("C-2026-0001", conflict.Number);
    }

    private async Task FileAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await using var db = Database.CreateContext();
            db.GiftDeclarations.Add(GiftDeclaration.File(TestWorld.Employee, Details, World.Clock));
            await db.SaveChangesAsync();
        }
    }
}
