namespace ComplianceBot.Bench.FakeConnector;

/// <summary>Counts what the bot really sent: a 200 without a reply is a failure, not speed.</summary>
internal sealed class ReplyCounter
{
    private long count;

    public long Count => Interlocked.Read(ref count);

    public IResult Reply()
    {
        var id = Interlocked.Increment(ref count);
        return Results.Json(new { id = "reply-" + id }, statusCode: 201);
    }
}
