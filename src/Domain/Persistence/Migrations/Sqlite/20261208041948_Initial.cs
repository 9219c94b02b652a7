using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceBot.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AttestationCampaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Departments = table.Column<string>(type: "TEXT", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OpenYear = table.Column<int>(type: "INTEGER", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttestationCampaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "ConflictDeclarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    NumberYear = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclarantAadObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FiledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConflictDeclarations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConversationReferences",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    AadObjectId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    BotId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Locale = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BlockedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationReferences", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "DirectorDigestItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NoticeType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EventAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DigestKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DigestedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WithheldAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectorDigestItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectorNoticeAcknowledgements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoticeKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectorNoticeAcknowledgements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Employees",
                columns: table => new
                {
                    AadObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    JobTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PreferredLanguage = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ManagerAadObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Mail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Employees", x => x.AadObjectId);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpThrottles",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false),
                    Locked = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpThrottles", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "GiftDeclarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    NumberYear = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclarantAadObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FiledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GiftDeclarations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NoticeDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EventAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FailedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DelayMilliseconds = table.Column<long>(type: "INTEGER", nullable: true),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false),
                    OfficersAlertedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeDeliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OfficerAppointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficerAadObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TerminatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TerminatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficerAppointments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FailedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Result = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ParticipationRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonAadObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitOrProcess = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ProcessKey = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipationRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessedActivities",
                columns: table => new
                {
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessedActivities", x => new { x.ChannelId, x.ActivityId });
                });

            migrationBuilder.CreateTable(
                name: "RegisterCounters",
                columns: table => new
                {
                    Register = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastValue = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterCounters", x => new { x.Register, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "RegisterExportLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OfficerAadObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Filter = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterExportLinks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledJobs",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastCompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Cursor = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledJobs", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "TrainingHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployeeAadObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TrainingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingHistory", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Trainings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    IsOnline = table.Column<bool>(type: "INTEGER", nullable: false),
                    Room = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AudienceKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ScheduledBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ScheduledAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trainings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AttestationCampaignTransitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttestationCampaignTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AttestationCampaignTransitions_AttestationCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "AttestationCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AttestationParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployeeAadObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Response = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeclarationNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ReminderCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastReminderAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttestationParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AttestationParticipants_AttestationCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "AttestationCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConflictAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    MeasureDetails = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MonitoringDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AssessedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AssessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConflictAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConflictAssessments_ConflictDeclarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "ConflictDeclarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConflictDeclarationVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Details_AffectedProcess = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Details_Area = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Details_PersonalInterest = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Details_RelatedPersons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConflictDeclarationVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConflictDeclarationVersions_ConflictDeclarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "ConflictDeclarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConfidentialReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    NumberYear = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseCode = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    PassphraseHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    WhenAndWhere = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UnitOrProcess = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ProcessKey = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsAnonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FiledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SealedIdentity = table.Column<byte[]>(type: "BLOB", maxLength: 4000, nullable: true),
                    DirectorImplicated = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AssignedOfficerAadObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AcknowledgeBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FeedbackBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcknowledgeDeadline = table.Column<long>(type: "INTEGER", nullable: false),
                    FeedbackDeadline = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    GiftDeclarationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConfidentialReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConfidentialReports_GiftDeclarations_GiftDeclarationId",
                        column: x => x.GiftDeclarationId,
                        principalTable: "GiftDeclarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GiftDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GiftDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GiftDecisions_GiftDeclarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "GiftDeclarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GiftDeclarationVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Details_Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Details_Direction = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Details_EstimatedValueKzt = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Details_GiftDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Details_Occasion = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Details_OtherPartyIsCounterparty = table.Column<bool>(type: "INTEGER", nullable: false),
                    Details_OtherPartyOrganisation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Details_OtherPartyPerson = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Details_Whereabouts = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GiftDeclarationVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GiftDeclarationVersions_GiftDeclarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "GiftDeclarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrainingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    EventId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    EventCreatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AttendanceRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AttendanceRecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingSessions_Trainings_TrainingId",
                        column: x => x.TrainingId,
                        principalTable: "Trainings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExplanationRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployeeAadObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EmployeeName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExplanationRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExplanationRequests_ConfidentialReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ConfidentialReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Investigations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitOrProcess = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ProcessKey = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ConcludedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConcludedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Investigations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Investigations_ConfidentialReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ConfidentialReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OfficerAadObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportMessages_ConfidentialReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ConfidentialReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportPersonsConcerned",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    AadObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportPersonsConcerned", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportPersonsConcerned_ConfidentialReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ConfidentialReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportTransitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportTransitions_ConfidentialReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ConfidentialReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingSeats",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployeeAadObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Response = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingSeats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingSeats_TrainingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TrainingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvestigatorAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvestigationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvestigatorAadObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AssignedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestigatorAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestigatorAssignments_Investigations_InvestigationId",
                        column: x => x.InvestigationId,
                        principalTable: "Investigations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AttestationCampaigns_OpenYear",
                table: "AttestationCampaigns",
                column: "OpenYear",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AttestationCampaignTransitions_CampaignId",
                table: "AttestationCampaignTransitions",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_AttestationParticipants_CampaignId_Department_Id",
                table: "AttestationParticipants",
                columns: new[] { "CampaignId", "Department", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AttestationParticipants_CampaignId_EmployeeAadObjectId",
                table: "AttestationParticipants",
                columns: new[] { "CampaignId", "EmployeeAadObjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AttestationParticipants_CampaignId_Response_Department_Id",
                table: "AttestationParticipants",
                columns: new[] { "CampaignId", "Response", "Department", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_ConfidentialReports_CaseCode",
                table: "ConfidentialReports",
                column: "CaseCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConfidentialReports_FiledOn",
                table: "ConfidentialReports",
                column: "FiledOn");

            migrationBuilder.CreateIndex(
                name: "IX_ConfidentialReports_GiftDeclarationId",
                table: "ConfidentialReports",
                column: "GiftDeclarationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConfidentialReports_Inbox",
                table: "ConfidentialReports",
                columns: new[] { "Status", "AssignedOfficerAadObjectId", "AcknowledgeBy", "FeedbackBy", "Number", "Category", "FiledOn", "IsAnonymous", "DirectorImplicated", "ProcessKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ConfidentialReports_Number",
                table: "ConfidentialReports",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConfidentialReports_Status_AcknowledgeBy",
                table: "ConfidentialReports",
                columns: new[] { "Status", "AcknowledgeBy" });

            migrationBuilder.CreateIndex(
                name: "IX_ConflictAssessments_DeclarationId",
                table: "ConflictAssessments",
                column: "DeclarationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConflictAssessments_MonitoringDate",
                table: "ConflictAssessments",
                column: "MonitoringDate");

            migrationBuilder.CreateIndex(
                name: "IX_ConflictDeclarations_DeclarantAadObjectId",
                table: "ConflictDeclarations",
                column: "DeclarantAadObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ConflictDeclarations_FiledAt_Id",
                table: "ConflictDeclarations",
                columns: new[] { "FiledAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ConflictDeclarations_Number",
                table: "ConflictDeclarations",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConflictDeclarations_Status_FiledAt_Id",
                table: "ConflictDeclarations",
                columns: new[] { "Status", "FiledAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ConflictDeclarationVersions_DeclarationId_VersionNumber",
                table: "ConflictDeclarationVersions",
                columns: new[] { "DeclarationId", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConversationReferences_AadObjectId",
                table: "ConversationReferences",
                column: "AadObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectorDigestItems_DigestKey_WithheldAt",
                table: "DirectorDigestItems",
                columns: new[] { "DigestKey", "WithheldAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectorDigestItems_Key",
                table: "DirectorDigestItems",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectorNoticeAcknowledgements_NoticeKey",
                table: "DirectorNoticeAcknowledgements",
                column: "NoticeKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectorNoticeAcknowledgements_ReportId",
                table: "DirectorNoticeAcknowledgements",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_Department",
                table: "Employees",
                column: "Department");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_DisplayName",
                table: "Employees",
                column: "DisplayName");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_Mail",
                table: "Employees",
                column: "Mail");

            migrationBuilder.CreateIndex(
                name: "IX_ExplanationRequests_EmployeeAadObjectId_DueOn",
                table: "ExplanationRequests",
                columns: new[] { "EmployeeAadObjectId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ExplanationRequests_ReportId_DueOn",
                table: "ExplanationRequests",
                columns: new[] { "ReportId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpThrottles_ExpiresAt",
                table: "FollowUpThrottles",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_GiftDecisions_DeclarationId",
                table: "GiftDecisions",
                column: "DeclarationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_DeclarantAadObjectId",
                table: "GiftDeclarations",
                column: "DeclarantAadObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_FiledAt_Id",
                table: "GiftDeclarations",
                columns: new[] { "FiledAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_Number",
                table: "GiftDeclarations",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarations_Status_FiledAt_Id",
                table: "GiftDeclarations",
                columns: new[] { "Status", "FiledAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_GiftDeclarationVersions_DeclarationId_VersionNumber",
                table: "GiftDeclarationVersions",
                columns: new[] { "DeclarationId", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investigations_ReportId",
                table: "Investigations",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestigatorAssignments_InvestigationId_InvestigatorAadObjectId",
                table: "InvestigatorAssignments",
                columns: new[] { "InvestigationId", "InvestigatorAadObjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NoticeDeliveries_IdempotencyKey",
                table: "NoticeDeliveries",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NoticeDeliveries_OfficersAlertedAt",
                table: "NoticeDeliveries",
                column: "OfficersAlertedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OfficerAppointments_OfficerAadObjectId_TermEnd",
                table: "OfficerAppointments",
                columns: new[] { "OfficerAadObjectId", "TermEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_DeliveredAt_FailedAt_NextAttemptAt",
                table: "OutboxMessages",
                columns: new[] { "DeliveredAt", "FailedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_IdempotencyKey",
                table: "OutboxMessages",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Kind_CreatedAt",
                table: "OutboxMessages",
                columns: new[] { "Kind", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationRecords_From_Id",
                table: "ParticipationRecords",
                columns: new[] { "From", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationRecords_PersonAadObjectId_ProcessKey",
                table: "ParticipationRecords",
                columns: new[] { "PersonAadObjectId", "ProcessKey" });

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationRecords_ProcessKey_From_Id",
                table: "ParticipationRecords",
                columns: new[] { "ProcessKey", "From", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessedActivities_ReceivedAt",
                table: "ProcessedActivities",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterExportLinks_TokenHash",
                table: "RegisterExportLinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportMessages_ReportId_Sequence",
                table: "ReportMessages",
                columns: new[] { "ReportId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportPersonsConcerned_ReportId",
                table: "ReportPersonsConcerned",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportTransitions_ReportId_Sequence",
                table: "ReportTransitions",
                columns: new[] { "ReportId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingHistory_EmployeeAadObjectId_CompletedOn",
                table: "TrainingHistory",
                columns: new[] { "EmployeeAadObjectId", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Trainings_StartsAt_Id",
                table: "Trainings",
                columns: new[] { "StartsAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Trainings_Title",
                table: "Trainings",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSeats_EmployeeAadObjectId",
                table: "TrainingSeats",
                column: "EmployeeAadObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSeats_SessionId_EmployeeAadObjectId",
                table: "TrainingSeats",
                columns: new[] { "SessionId", "EmployeeAadObjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_StartsAt",
                table: "TrainingSessions",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_TrainingId_Number",
                table: "TrainingSessions",
                columns: new[] { "TrainingId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AttestationCampaignTransitions");

            migrationBuilder.DropTable(
                name: "AttestationParticipants");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "ConflictAssessments");

            migrationBuilder.DropTable(
                name: "ConflictDeclarationVersions");

            migrationBuilder.DropTable(
                name: "ConversationReferences");

            migrationBuilder.DropTable(
                name: "DirectorDigestItems");

            migrationBuilder.DropTable(
                name: "DirectorNoticeAcknowledgements");

            migrationBuilder.DropTable(
                name: "Employees");

            migrationBuilder.DropTable(
                name: "ExplanationRequests");

            migrationBuilder.DropTable(
                name: "FollowUpThrottles");

            migrationBuilder.DropTable(
                name: "GiftDecisions");

            migrationBuilder.DropTable(
                name: "GiftDeclarationVersions");

            migrationBuilder.DropTable(
                name: "InvestigatorAssignments");

            migrationBuilder.DropTable(
                name: "NoticeDeliveries");

            migrationBuilder.DropTable(
                name: "OfficerAppointments");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "ParticipationRecords");

            migrationBuilder.DropTable(
                name: "ProcessedActivities");

            migrationBuilder.DropTable(
                name: "RegisterCounters");

            migrationBuilder.DropTable(
                name: "RegisterExportLinks");

            migrationBuilder.DropTable(
                name: "ReportMessages");

            migrationBuilder.DropTable(
                name: "ReportPersonsConcerned");

            migrationBuilder.DropTable(
                name: "ReportTransitions");

            migrationBuilder.DropTable(
                name: "ScheduledJobs");

            migrationBuilder.DropTable(
                name: "TrainingHistory");

            migrationBuilder.DropTable(
                name: "TrainingSeats");

            migrationBuilder.DropTable(
                name: "AttestationCampaigns");

            migrationBuilder.DropTable(
                name: "ConflictDeclarations");

            migrationBuilder.DropTable(
                name: "Investigations");

            migrationBuilder.DropTable(
                name: "TrainingSessions");

            migrationBuilder.DropTable(
                name: "ConfidentialReports");

            migrationBuilder.DropTable(
                name: "Trainings");

            migrationBuilder.DropTable(
                name: "GiftDeclarations");
        }
    }
}
