using ComplianceBot.Bot.Browser;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Channel.State;
using ComplianceBot.Bot.Cli;
using ComplianceBot.Bot.Conversation;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Bot.Features.Attestation;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Features.DirectorNotices;
using ComplianceBot.Bot.Features.Menu;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Features.Trainings;
using ComplianceBot.Bot.Features.Workspace;
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
builder.Services.AddRegisterOperations(builder.Configuration);
builder.Services.AddTeamsChannel(builder.Configuration, builder.Environment);
builder.Services.AddRegistersChannelState();
builder.Services.AddConversation(builder.Configuration);
builder.Services.AddRegisteredLanguagePreference();
builder.Services.AddDelivery();
builder.Services.AddBrowserSignIn();

// One call per feature (decision 130).
builder.Services.AddMenu();
builder.Services.AddDeclarations();
builder.Services.AddAdministration();
builder.Services.AddReports();
builder.Services.AddTrainings();
builder.Services.AddAttestation();
builder.Services.AddDirectorNotices();
builder.Services.AddWorkspace();

var app = builder.Build();
app.AuthenticateBrowserPathsOnly();

// Every setting is validated before anything touches the database (and every environment but Development refuses the development shortcuts).
app.Services.GetRequiredService<IStartupValidator>().Validate();
await app.Services.MigrateRegistersIfEnabledAsync();

app.MapOperations();
app.MapTeamsChannel();
app.MapWorkspace();

await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
