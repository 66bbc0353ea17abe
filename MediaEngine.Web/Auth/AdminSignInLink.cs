using System.Security.Cryptography;

namespace MediaEngine.Web.Auth;

/// <summary>
/// The console sign-in link used when Google is not configured. A random token works once and is then replaced
/// (and the new link printed); a token fixed through <c>MEDIAENGINE_ADMIN_TOKEN</c> stays valid, for automation.
/// </summary>
public sealed class AdminSignInLink
{
    public const string TokenVariable = "MEDIAENGINE_ADMIN_TOKEN";

    private readonly Lock _gate = new();
    private readonly bool _isFixed;
    private string _token;

    public AdminSignInLink(string? fixedToken)
    {
        _isFixed = !string.IsNullOrWhiteSpace(fixedToken);
        _token = _isFixed ? fixedToken!.Trim() : NewToken();
    }

    public bool IsFixed => _isFixed;

    public string CurrentToken
    {
        get
        {
            lock (_gate)
            {
                return _token;
            }
        }
    }

    /// <summary>Raised with the new token after a one-time token was used.</summary>
    public event Action<string>? Renewed;

    /// <summary>True when <paramref name="token"/> is the current token; a random token is then spent.</summary>
    public bool TryConsume(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        string renewed;
        lock (_gate)
        {
            if (!CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.UTF8.GetBytes(token), System.Text.Encoding.UTF8.GetBytes(_token)))
            {
                return false;
            }

            if (_isFixed)
            {
                return true;
            }

            _token = renewed = NewToken();
        }

        Renewed?.Invoke(renewed);
        return true;
    }

    public static string PathFor(string token) => $"{AuthConstants.SignInLinkPath}?token={Uri.EscapeDataString(token)}";

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}
