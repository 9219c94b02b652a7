using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.EndToEnd.Tests.Infrastructure;

internal static class BotRegisters
{
    /// <summary>
    /// The running bot's SQLite registers, signed with the bot's development chain key (decision 120) so a row the
    /// test writes is audited like the bot's own. Call <c>SqliteConnection.ClearAllPools()</c> when done.
    /// </summary>
    public static SqliteRegistersDbContext Open(BotFixture bot) =>
        new(new DbContextOptionsBuilder<SqliteRegistersDbContext>()
            .UseSqlite($"Data Source={Path.Combine(bot.DataDirectory, "registers.db")};Pooling=False;Default Timeout=30")
            .UseAuditChainKeys(AuditChainKeys.Load(new AuditOptions(), new RegistersOptions { DataDirectory = bot.DataDirectory })).Options);
}
