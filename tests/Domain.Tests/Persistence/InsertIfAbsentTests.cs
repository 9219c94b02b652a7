using ComplianceBot.Domain.Conversations;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ComplianceBot.Domain.Tests.Persistence;

/// <summary>
/// Insert-if-absent (decision 113). SQLite runs for real; SQL Server cannot run here, so its statement is
/// generated from the SQL Server model and parsed with SQL Server's own T-SQL parser.
/// </summary>
public sealed class InsertIfAbsentTests : RegisterTestBase
{
    [Fact]
    public void CommandText_SqlServerProcessedActivities_MergesWithHoldlockAndOutputsTheInsertedKeys()
    {
        using var db = new SqlServerRegistersDesignTimeFactory().CreateDbContext([]);

        var text = InsertIfAbsent.For<ProcessedActivity>(db).CommandText(2);

        Assert.Equal(
            "MERGE INTO [ProcessedActivities] WITH (HOLDLOCK) AS [t] USING (VALUES (@p0_0, @p0_1, @p0_2), (@p1_0, @p1_1, @p1_2))"
            + " AS [s] ([ChannelId], [ActivityId], [ReceivedAt]) ON [t].[ChannelId] = [s].[ChannelId] AND [t].[ActivityId] = [s].[ActivityId]"
            + " WHEN NOT MATCHED THEN INSERT ([ChannelId], [ActivityId], [ReceivedAt]) VALUES ([s].[ChannelId], [s].[ActivityId], [s].[ReceivedAt])"
            + " OUTPUT inserted.[ChannelId], inserted.[ActivityId];",
            text);
        AssertIsOneValidMerge(text, outputColumns: 2);
    }

    [Fact]
    public void CommandText_SqlServerConversationReferences_IsOneValidMergeOnTheUserId()
    {
        using var db = new SqlServerRegistersDesignTimeFactory().CreateDbContext([]);

        var text = InsertIfAbsent.For<ConversationReference>(db).CommandText(1);

        Assert.Contains("ON [t].[UserId] = [s].[UserId] WHEN NOT MATCHED", text, StringComparison.Ordinal);
        AssertIsOneValidMerge(text, outputColumns: 1);
    }

    [Fact]
    public void CommandText_SqliteProcessedActivities_SkipsOnlyAPrimaryKeyClashAndReturnsTheInsertedKeys()
    {
        using var db = new SqliteRegistersDesignTimeFactory().CreateDbContext([]);

        Assert.Equal(
            "INSERT INTO \"ProcessedActivities\" (\"ChannelId\", \"ActivityId\", \"ReceivedAt\") VALUES (@p0_0, @p0_1, @p0_2)"
            + " ON CONFLICT (\"ChannelId\", \"ActivityId\") DO NOTHING RETURNING \"ChannelId\", \"ActivityId\"",
            InsertIfAbsent.For<ProcessedActivity>(db).CommandText(1));
    }

    [Fact]
    public async Task ExecuteAsync_ConversationReferenceAlreadyStored_ReturnsFalseAndKeepsTheStoredRow()
    {
        var first = ConversationReference.Create("29:u1", "https://smba.example/emea/", "a:first", World.Clock.Now, "aad-1", "tenant-1", "28:bot", "kk-KZ");
        var second = ConversationReference.Create("29:u1", "https://smba.example/amer/", "a:second", World.Clock.Now.AddMinutes(1));

        await using var db = Database.CreateContext();
        var statement = InsertIfAbsent.For<ConversationReference>(db);
        var stored = await statement.ExecuteAsync(db, [first], default);
        var again = await statement.ExecuteAsync(db, [second], default);

        Assert.Equal([true], stored);
        Assert.Equal([false], again);
        await using var read = Database.CreateContext();
        var row = await read.ConversationReferences.AsNoTracking().SingleAsync();
        Assert.Equal(
            ("29:u1", "https://smba.example/emea/", "a:first", "aad-1", "tenant-1", "28:bot", "kk-KZ", first.UpdatedAt, (DateTimeOffset?)null),
            (row.UserId, row.ServiceUrl, row.ConversationId, row.AadObjectId, row.TenantId, row.BotId, row.Locale, row.UpdatedAt, row.BlockedAt));
    }

    [Fact]
    public async Task ExecuteAsync_SameKeyTwiceInOneStatement_IsRefusedBeforeTheDatabase()
    {
        var now = World.Clock.Now;
        await using var db = Database.CreateContext();

        await Assert.ThrowsAsync<ArgumentException>(() => InsertIfAbsent.For<ProcessedActivity>(db).ExecuteAsync(
            db, [ProcessedActivity.Create("msteams", "a", now), ProcessedActivity.Create("msteams", "a", now)], default));

        Assert.Equal(0, await db.ProcessedActivities.CountAsync());
    }

    private static void AssertIsOneValidMerge(string text, int outputColumns)
    {
        var script = new TSql170Parser(initialQuotedIdentifiers: true).Parse(new StringReader(text), out var errors);

        Assert.Empty(errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"));
        var statement = Assert.IsType<MergeStatement>(Assert.Single(Assert.Single(((TSqlScript)script).Batches).Statements));
        var target = Assert.IsType<NamedTableReference>(statement.MergeSpecification.Target);
        Assert.Contains(target.TableHints, h => h.HintKind == TableHintKind.HoldLock);
        Assert.Equal(outputColumns, statement.MergeSpecification.OutputClause.SelectColumns.Count);
        var action = Assert.IsType<InsertMergeAction>(Assert.Single(statement.MergeSpecification.ActionClauses).Action);
        Assert.Equal(MergeCondition.NotMatched, Assert.Single(statement.MergeSpecification.ActionClauses).Condition);
        Assert.NotEmpty(action.Columns);
    }
}
