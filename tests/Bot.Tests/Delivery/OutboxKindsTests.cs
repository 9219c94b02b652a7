using System.Reflection;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Delivery;

/// <summary>
/// One definition of every outbox kind (<see cref="OutboxKinds"/>, issue 17): a row the app can write is a row some
/// handler delivers, exactly one handler per kind, and no handler delivers a kind defined anywhere else — a kind
/// without its handler would sit in the outbox for ever, which "nothing filed is ever lost" does not allow.
/// </summary>
public sealed class OutboxKindsTests
{
    private static readonly string[] Kinds = [.. typeof(OutboxKinds).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    [Fact]
    public void OutboxKinds_EveryValue_Distinct()
    {
        Assert.Equal(Kinds.Length, Kinds.Distinct(StringComparer.Ordinal).Count());
        Assert.All(OutboxKinds.Notices, notice => Assert.Contains(notice, Kinds));
    }

    [Fact]
    public async Task AppHost_EveryKind_DeliveredByExactlyOneHandler()
    {
        await using var app = new BotTestHost();

        var handled = app.Services.GetServices<IOutboxDeliveryHandler>().Select(handler => handler.Kind).ToList();

        Assert.Equal(Kinds.Order(StringComparer.Ordinal), handled.Order(StringComparer.Ordinal));
    }
}
