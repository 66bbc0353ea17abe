namespace MediaEngine.Web.Auth;

/// <summary>Names of the authentication schemes, policies and claims MediaEngine uses.</summary>
public static class AuthConstants
{
    /// <summary>Bearer API keys; the only scheme <c>/api/v1</c> accepts (so cookies cannot be used for cross-site requests there).</summary>
    public const string ApiKeyScheme = "ApiKey";

    public const string SignInPath = "/signin";
    public const string SignInLinkPath = "/signin/link";
    public const string SignInGooglePath = "/signin/google";
    public const string SignInRefusedPath = "/signin/refused";
    public const string SignOutPath = "/signout";
    public const string AccessDeniedPath = "/access-denied";

    public const string PictureClaim = "picture";
    public const string ActorKindClaim = "mediaengine:actor-kind";
}
