namespace MediaEngine.Web.Auth;

/// <summary>Which sign-in method is active, and why; the sign-in page shows this.</summary>
public sealed record SignInMethods(bool GoogleConfigured)
{
    public const string GoogleClientIdKey = "Authentication:Google:ClientId";
    public const string GoogleClientSecretKey = "Authentication:Google:ClientSecret";

    public static SignInMethods FromConfiguration(IConfiguration configuration) =>
        new(!string.IsNullOrWhiteSpace(configuration[GoogleClientIdKey]) && !string.IsNullOrWhiteSpace(configuration[GoogleClientSecretKey]));

    public string Explanation => GoogleConfigured
        ? "Sign in with your Google account. Administrators listed in MediaEngine:Admins and invited users are let in."
        : $"Google sign-in is not configured ({GoogleClientIdKey} and {GoogleClientSecretKey} are not set). " +
          "Use the one-time admin sign-in link printed in the server console at start-up.";
}
