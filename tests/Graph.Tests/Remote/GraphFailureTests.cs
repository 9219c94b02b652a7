using ComplianceBot.Graph.Remote;

namespace ComplianceBot.Graph.Tests.Remote;

public sealed class GraphFailureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(429, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(500, true)]
    [InlineData(400, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    public void IsTransient_Status_ClassifiesRetryable(int status, bool transient) =>
        Assert.Equal(transient, GraphFailure.IsTransient(status));

    [Fact]
    public void ParseRetryAfter_Seconds_ReturnsThem() =>
        Assert.Equal(TimeSpan.FromSeconds(17), GraphFailure.ParseRetryAfter("17", Now));

    [Fact]
    public void ParseRetryAfter_HttpDate_ReturnsTimeUntilIt() =>
        Assert.Equal(TimeSpan.FromSeconds(90), GraphFailure.ParseRetryAfter("Wed, 25 Nov 2026 12:01:30 GMT", Now));

    [Fact]
    public void ParseRetryAfter_Garbage_ReturnsNull() => Assert.Null(GraphFailure.ParseRetryAfter("soon", Now));

    [Fact]
    public void Translate_NetworkFailure_IsTransient()
    {
        var failure = GraphFailure.Translate("send mail", new HttpRequestException("refused"), CancellationToken.None);

        Assert.True(failure!.IsTransient);
    }

    [Fact]
    public void Translate_CallerCancelled_IsNotTranslated()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Null(GraphFailure.Translate("send mail", new OperationCanceledException(cancelled.Token), cancelled.Token));
    }

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0/users/compliance%40contoso.kz/events", "compliance@contoso.kz")]
    [InlineData("https://graph.microsoft.com/v1.0/users/abc/sendMail", "abc")]
    [InlineData("https://graph.microsoft.com/v1.0/users/delta()?$select=id", null)]
    [InlineData("https://graph.microsoft.com/v1.0/$batch", null)]
    public void MailboxOf_Path_FindsTheUserSegment(string url, string? mailbox) =>
        Assert.Equal(mailbox, MailboxConcurrencyHandler.MailboxOf(new Uri(url)));
}
