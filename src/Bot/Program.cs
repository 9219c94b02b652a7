using ComplianceBot.Bot.Browser;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Cli;
using ComplianceBot.Bot.Conversation;
using ComplianceBot.Bot.Integration;
using ComplianceBot.Bot.Operations;
using ComplianceBot.Domain;
using ComplianceBot.Graph;
using Microsoft.Extensions.Options;

if (await CommandLine.TryRunAsync(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);

builder.AddOperations();
builder.Services.AddRegisters(builder.Configuration);
builder.Services.AddGraphServices(builder.Configuration, builder.Environment);
builder.Services.AddTeamsChannel(builder.Configuration, builder.Environment);
builder.Services.AddBrowserSignIn();
builder.Services.AddConversationFlows(builder.Configuration);
builder.Services.AddRegisterBackedServices(builder.Configuration);

var app = builder.Build();

// Every setting is validated before anything touches the database (and every environment but Development refuses the development shortcuts).
app.Services.GetRequiredService<IStartupValidator>().Validate();
await app.Services.MigrateRegistersIfEnabledAsync();

app.MapOperations();
app.MapTeamsChannel();

await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
