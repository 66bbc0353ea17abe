using System.Security.Claims;
using Bunit;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Pipelines.Reviews;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Components.Shared;
using MediaEngine.Web.Tests.Components.Pages.Assets;
using MediaEngine.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Web.Tests.Components.Shared;

public sealed class OutputReviewPanelTests : MudBunitContext, IAsyncLifetime
{
    private AssetPageServices _services = default!;
    private Artifact _output = default!;
    private User _olga = default!;
    private User _vera = default!;

    public async ValueTask InitializeAsync()
    {
        _services = await AssetPageServices.CreateAsync();
        _services.AddTo(Services);
        Services.AddSingleton(_services.Get<OutputReviewService>());
        _output = new Artifact { Sha256 = new string('c', 64), MimeType = "image/webp", NodeId = "webp", PortName = "image", IsPublished = true };
        _olga = new User { Email = "olga@example.com", Name = "Olga Operator", Role = UserRole.Operator, Status = UserStatus.Active };
        _vera = new User { Email = "vera@example.com", Name = "Vera Viewer", Role = UserRole.Viewer, Status = UserStatus.Active };
        await using var db = _services.Db();
        db.AddRange(_output, _olga, _vera);
        await db.SaveChangesAsync();
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _services.DisposeAsync();
    }

    private IRenderedComponent<OutputReviewPanel> RenderAs(User user)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(user.Email);
        auth.SetRoles(user.Role.ToString());
        auth.SetClaims(
            new Claim(ClaimTypes.Role, user.Role.ToString()),
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new Claim(ClaimTypes.Email, user.Email),
            new Claim(AuthConstants.ActorKindClaim, "user"));
        auth.SetPolicies(user.Role == UserRole.Viewer ? [Policies.Viewer] : [Policies.Viewer, Policies.Operator]);
        var panel = Render<OutputReviewPanel>(p => p.Add(c => c.ArtifactId, _output.Id));
        panel.WaitForElement("[data-testid=output-review-average]");
        return panel;
    }

    [Fact]
    public async Task Save_ShouldStoreTheRatingAndNoteAndShowTheAverage_WhenAnOperatorRates()
    {
        await _services.Get<OutputReviewService>().SaveAsync(_output.Id, new AuditActor(_vera.Id, _vera.Email), 2, "Colours look off");
        var panel = RenderAs(_olga);

        panel.FindAll("[data-testid=output-review-stars] .mud-rating-item")[3].Click();
        panel.Find("textarea[data-testid=output-review-note], [data-testid=output-review-note] textarea").Input("Sharp, ready to publish");
        await panel.Find("[data-testid=output-review-save]").ClickAsync(new());

        panel.WaitForAssertion(() => panel.Find("[data-testid=output-review-average]").GetAttribute("data-average").ShouldBe("3.0"));
        panel.Find("[data-testid=output-review-average]").TextContent.ShouldContain("3.0 from 2 ratings");
        var notes = panel.FindAll("[data-testid=output-review-note-item]").Select(li => li.TextContent).ToList();
        notes[0].ShouldContain("Olga Operator");
        notes[0].ShouldContain("★★★★☆");
        notes[0].ShouldContain("Sharp, ready to publish");
        notes[1].ShouldContain("Vera Viewer");
        await using var db = _services.Db();
        var stored = await db.ArtifactReviews.SingleAsync(r => r.UserId == _olga.Id);
        (stored.Rating, stored.Note).ShouldBe(((int?)4, "Sharp, ready to publish"));
        (await db.AuditEvents.CountAsync(e => e.Action == "artifact.reviewed" && e.Actor == _olga.Email)).ShouldBe(1);
    }

    [Fact]
    public async Task Tags_ShouldBeAddedAndRemoved_WhenAnOperatorEditsThem()
    {
        var panel = RenderAs(_olga);

        panel.Find("input[data-testid=output-tag-input], [data-testid=output-tag-input] input").Input("Hero Shot");
        await panel.Find("[data-testid=output-tag-add]").ClickAsync(new());

        panel.WaitForAssertion(() => panel.FindAll("[data-testid=output-tag]").Select(t => t.GetAttribute("data-tag")).ShouldBe(["hero shot"]));
        await using var db = _services.Db();
        (await db.ArtifactTags.SingleAsync()).Tag.ShouldBe("hero shot");
    }

    [Fact]
    public async Task Render_ShouldShowEveryonesNotesButNoEditor_ForAViewer()
    {
        await _services.Get<OutputReviewService>().SaveAsync(_output.Id, new AuditActor(_olga.Id, _olga.Email), 5, "Great");

        var panel = RenderAs(_vera);

        panel.Find("[data-testid=output-review-average]").TextContent.ShouldContain("5.0 from 1 rating");
        panel.Find("[data-testid=output-review-notes]").TextContent.ShouldContain("Great");
        panel.FindAll("[data-testid=output-review-mine]").ShouldBeEmpty();
        panel.FindAll("[data-testid=output-tag-input]").ShouldBeEmpty();
        panel.Find("[data-testid=output-review-viewer]").TextContent.ShouldContain("Operator role");
    }
}
