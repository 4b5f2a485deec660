export const id = 895;

export const ids = [ 895 ];

export const modules = {
  /***/ 8895: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      fromSSO: () => /* reexport */ fromSSO
    });
    // UNUSED EXPORTS: isSsoProfile, validateSsoProfile
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
        var config = __webpack_require__(7291);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-provider-sso/dist-es/isSsoProfile.js
    const isSsoProfile = arg => arg && (typeof arg.sso_start_url === "string" || typeof arg.sso_account_id === "string" || typeof arg.sso_session === "string" || typeof arg.sso_region === "string" || typeof arg.sso_role_name === "string");
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
        var client = __webpack_require__(5152);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/token-providers/dist-es/constants.js
    const EXPIRE_WINDOW_MS = 5 * 60 * 1e3;
    const REFRESH_MESSAGE = `To refresh this SSO session run 'aws sso login' with the corresponding profile.`;
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/token-providers/dist-es/getSsoOidcClient.js
    const getSsoOidcClient = async (ssoRegion, init = {}, callerClientConfig) => {
      const {SSOOIDCClient: SSOOIDCClient} = await __webpack_require__.e(/* import() */ 443).then(__webpack_require__.t.bind(__webpack_require__, 9443, 19));
      const coalesce = prop => init.clientConfig?.[prop] ?? init.parentClientConfig?.[prop] ?? callerClientConfig?.[prop];
      const ssoOidcClient = new SSOOIDCClient(Object.assign({}, init.clientConfig ?? {}, {
        region: ssoRegion ?? init.clientConfig?.region,
        logger: coalesce("logger"),
        userAgentAppId: coalesce("userAgentAppId")
      }));
      return ssoOidcClient;
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/token-providers/dist-es/getNewSsoOidcToken.js
    const getNewSsoOidcToken = async (ssoToken, ssoRegion, init = {}, callerClientConfig) => {
      const {CreateTokenCommand: CreateTokenCommand} = await __webpack_require__.e(/* import() */ 443).then(__webpack_require__.t.bind(__webpack_require__, 9443, 19));
      const ssoOidcClient = await getSsoOidcClient(ssoRegion, init, callerClientConfig);
      return ssoOidcClient.send(new CreateTokenCommand({
        clientId: ssoToken.clientId,
        clientSecret: ssoToken.clientSecret,
        refreshToken: ssoToken.refreshToken,
        grantType: "refresh_token"
      }));
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/token-providers/dist-es/validateTokenExpiry.js
    const validateTokenExpiry = token => {
      if (token.expiration && token.expiration.getTime() < Date.now()) throw new config.TokenProviderError(`Token is expired. ${REFRESH_MESSAGE}`, false);
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/token-providers/dist-es/validateTokenKey.js
    const validateTokenKey = (key, value, forRefresh = false) => {
      if (typeof value === "undefined") throw new config.TokenProviderError(`Value not present for '${key}' in SSO Token${forRefresh ? ". Cannot refresh" : ""}. ${REFRESH_MESSAGE}`, false);
    };
    // EXTERNAL MODULE: external "node:fs"
        var external_node_fs_ = __webpack_require__(3024);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/token-providers/dist-es/writeSSOTokenToFile.js
    const {writeFile: writeFile} = external_node_fs_.promises;
    const writeSSOTokenToFile = (id, ssoToken) => {
      const tokenFilepath = (0, config.getSSOTokenFilepath)(id);
      const tokenString = JSON.stringify(ssoToken, null, 2);
      return writeFile(tokenFilepath, tokenString);
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/token-providers/dist-es/fromSso.js
    const lastRefreshAttemptTimes = new Map;
    const inFlightRefreshes = new Map;
    const fromSso = (init = {}) => async ({callerClientConfig: callerClientConfig} = {}) => {
      init.logger?.debug("@aws-sdk/token-providers - fromSso");
      const profiles = await (0, config.parseKnownFiles)(init);
      const profileName = (0, config.getProfileName)({
        profile: init.profile ?? callerClientConfig?.profile
      });
      const profile = profiles[profileName];
      if (!profile) throw new config.TokenProviderError(`Profile '${profileName}' could not be found in shared credentials file.`, false); else if (!profile["sso_session"]) throw new config.TokenProviderError(`Profile '${profileName}' is missing required property 'sso_session'.`);
      const ssoSessionName = profile["sso_session"];
      const inFlightRefresh = inFlightRefreshes.get(ssoSessionName);
      if (inFlightRefresh) return await inFlightRefresh;
      const ssoSessions = await (0, config.loadSsoSessionData)(init);
      const ssoSession = ssoSessions[ssoSessionName];
      if (!ssoSession) throw new config.TokenProviderError(`Sso session '${ssoSessionName}' could not be found in shared credentials file.`, false);
      for (const ssoSessionRequiredKey of [ "sso_start_url", "sso_region" ]) if (!ssoSession[ssoSessionRequiredKey]) throw new config.TokenProviderError(`Sso session '${ssoSessionName}' is missing required property '${ssoSessionRequiredKey}'.`, false);
      ssoSession["sso_start_url"];
      const ssoRegion = ssoSession["sso_region"];
      let ssoToken;
      try {
        ssoToken = await (0, config.getSSOTokenFromFile)(ssoSessionName);
      } catch (e) {
        throw new config.TokenProviderError(`The SSO session token associated with profile=${profileName} was not found or is invalid. ${REFRESH_MESSAGE}`, false);
      }
      validateTokenKey("accessToken", ssoToken.accessToken);
      validateTokenKey("expiresAt", ssoToken.expiresAt);
      const {accessToken: accessToken, expiresAt: expiresAt} = ssoToken;
      const existingToken = {
        token: accessToken,
        expiration: new Date(expiresAt)
      };
      if (existingToken.expiration.getTime() - Date.now() > EXPIRE_WINDOW_MS) return existingToken;
      const inFlightRefreshAfterReadingToken = inFlightRefreshes.get(ssoSessionName);
      if (inFlightRefreshAfterReadingToken) return await inFlightRefreshAfterReadingToken;
      const lastRefreshAttemptTime = lastRefreshAttemptTimes.get(ssoSessionName) ?? 0;
      if (Date.now() - lastRefreshAttemptTime < 30 * 1e3) {
        validateTokenExpiry(existingToken);
        return existingToken;
      }
      validateTokenKey("clientId", ssoToken.clientId, true);
      validateTokenKey("clientSecret", ssoToken.clientSecret, true);
      validateTokenKey("refreshToken", ssoToken.refreshToken, true);
      const refresh = (async () => {
        try {
          lastRefreshAttemptTimes.set(ssoSessionName, Date.now());
          const newSsoOidcToken = await getNewSsoOidcToken(ssoToken, ssoRegion, init, callerClientConfig);
          validateTokenKey("accessToken", newSsoOidcToken.accessToken);
          validateTokenKey("expiresIn", newSsoOidcToken.expiresIn);
          const newTokenExpiration = new Date(Date.now() + newSsoOidcToken.expiresIn * 1e3);
          try {
            await writeSSOTokenToFile(ssoSessionName, {
              ...ssoToken,
              accessToken: newSsoOidcToken.accessToken,
              expiresAt: newTokenExpiration.toISOString(),
              refreshToken: newSsoOidcToken.refreshToken
            });
          } catch (error) {}
          return {
            token: newSsoOidcToken.accessToken,
            expiration: newTokenExpiration
          };
        } catch (error) {
          validateTokenExpiry(existingToken);
          return existingToken;
        }
      })();
      inFlightRefreshes.set(ssoSessionName, refresh);
      try {
        return await refresh;
      } finally {
        inFlightRefreshes.delete(ssoSessionName);
      }
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-provider-sso/dist-es/resolveSSOCredentials.js
    const SHOULD_FAIL_CREDENTIAL_CHAIN = false;
    const resolveSSOCredentials = async ({ssoStartUrl: ssoStartUrl, ssoSession: ssoSession, ssoAccountId: ssoAccountId, ssoRegion: ssoRegion, ssoRoleName: ssoRoleName, ssoClient: ssoClient, clientConfig: clientConfig, parentClientConfig: parentClientConfig, callerClientConfig: callerClientConfig, profile: profile, filepath: filepath, configFilepath: configFilepath, ignoreCache: ignoreCache, logger: logger}) => {
      let token;
      const refreshMessage = `To refresh this SSO session run aws sso login with the corresponding profile.`;
      if (ssoSession) try {
        const _token = await fromSso({
          profile: profile,
          filepath: filepath,
          configFilepath: configFilepath,
          ignoreCache: ignoreCache,
          clientConfig: clientConfig,
          parentClientConfig: parentClientConfig,
          logger: logger
        })({
          callerClientConfig: callerClientConfig
        });
        token = {
          accessToken: _token.token,
          expiresAt: new Date(_token.expiration).toISOString()
        };
      } catch (e) {
        throw new config.CredentialsProviderError(e.message, {
          tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
          logger: logger
        });
      } else try {
        token = await (0, config.getSSOTokenFromFile)(ssoStartUrl);
      } catch (e) {
        throw new config.CredentialsProviderError(`The SSO session associated with this profile is invalid. ${refreshMessage}`, {
          tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
          logger: logger
        });
      }
      if (new Date(token.expiresAt).getTime() - Date.now() <= 0) throw new config.CredentialsProviderError(`The SSO session associated with this profile has expired. ${refreshMessage}`, {
        tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
        logger: logger
      });
      const {accessToken: accessToken} = token;
      const {SSOClient: SSOClient, GetRoleCredentialsCommand: GetRoleCredentialsCommand} = await __webpack_require__.e(/* import() */ 263).then(__webpack_require__.bind(__webpack_require__, 8263));
      const sso = ssoClient || new SSOClient(Object.assign({}, clientConfig ?? {}, {
        logger: clientConfig?.logger ?? callerClientConfig?.logger ?? parentClientConfig?.logger,
        region: clientConfig?.region ?? ssoRegion,
        userAgentAppId: clientConfig?.userAgentAppId ?? callerClientConfig?.userAgentAppId ?? parentClientConfig?.userAgentAppId
      }));
      let ssoResp;
      try {
        ssoResp = await sso.send(new GetRoleCredentialsCommand({
          accountId: ssoAccountId,
          roleName: ssoRoleName,
          accessToken: accessToken
        }));
      } catch (e) {
        throw new config.CredentialsProviderError(e, {
          tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
          logger: logger
        });
      }
      const {roleCredentials: {accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: sessionToken, expiration: expiration, credentialScope: credentialScope, accountId: accountId} = {}} = ssoResp;
      if (!accessKeyId || !secretAccessKey || !sessionToken || !expiration) throw new config.CredentialsProviderError("SSO returns an invalid temporary credential.", {
        tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
        logger: logger
      });
      const credentials = {
        accessKeyId: accessKeyId,
        secretAccessKey: secretAccessKey,
        sessionToken: sessionToken,
        expiration: new Date(expiration),
        ...credentialScope && {
          credentialScope: credentialScope
        },
        ...accountId && {
          accountId: accountId
        }
      };
      if (ssoSession) (0, client.setCredentialFeature)(credentials, "CREDENTIALS_SSO", "s"); else (0, 
      client.setCredentialFeature)(credentials, "CREDENTIALS_SSO_LEGACY", "u");
      return credentials;
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-provider-sso/dist-es/validateSsoProfile.js
    const validateSsoProfile = (profile, logger) => {
      const {sso_start_url: sso_start_url, sso_account_id: sso_account_id, sso_region: sso_region, sso_role_name: sso_role_name} = profile;
      if (!sso_start_url || !sso_account_id || !sso_region || !sso_role_name) throw new config.CredentialsProviderError(`Profile is configured with invalid SSO credentials. Required parameters "sso_account_id", ` + `"sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(profile).join(", ")}\nReference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`, {
        tryNextLink: false,
        logger: logger
      });
      return profile;
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-provider-sso/dist-es/fromSSO.js
    const fromSSO = (init = {}) => async ({callerClientConfig: callerClientConfig} = {}) => {
      init.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");
      const {ssoStartUrl: ssoStartUrl, ssoAccountId: ssoAccountId, ssoRegion: ssoRegion, ssoRoleName: ssoRoleName, ssoSession: ssoSession} = init;
      const {ssoClient: ssoClient} = init;
      const profileName = (0, config.getProfileName)({
        profile: init.profile ?? callerClientConfig?.profile
      });
      if (!ssoStartUrl && !ssoAccountId && !ssoRegion && !ssoRoleName && !ssoSession) {
        const profiles = await (0, config.parseKnownFiles)(init);
        const profile = profiles[profileName];
        if (!profile) throw new config.CredentialsProviderError(`Profile ${profileName} was not found.`, {
          logger: init.logger
        });
        if (!isSsoProfile(profile)) throw new config.CredentialsProviderError(`Profile ${profileName} is not configured with SSO credentials.`, {
          logger: init.logger
        });
        if (profile?.sso_session) {
          const ssoSessions = await (0, config.loadSsoSessionData)(init);
          const session = ssoSessions[profile.sso_session];
          const conflictMsg = ` configurations in profile ${profileName} and sso-session ${profile.sso_session}`;
          if (ssoRegion && ssoRegion !== session.sso_region) throw new config.CredentialsProviderError(`Conflicting SSO region` + conflictMsg, {
            tryNextLink: false,
            logger: init.logger
          });
          if (ssoStartUrl && ssoStartUrl !== session.sso_start_url) throw new config.CredentialsProviderError(`Conflicting SSO start_url` + conflictMsg, {
            tryNextLink: false,
            logger: init.logger
          });
          profile.sso_region = session.sso_region;
          profile.sso_start_url = session.sso_start_url;
        }
        const {sso_start_url: sso_start_url, sso_account_id: sso_account_id, sso_region: sso_region, sso_role_name: sso_role_name, sso_session: sso_session} = validateSsoProfile(profile, init.logger);
        return resolveSSOCredentials({
          ssoStartUrl: sso_start_url,
          ssoSession: sso_session,
          ssoAccountId: sso_account_id,
          ssoRegion: sso_region,
          ssoRoleName: sso_role_name,
          ssoClient: ssoClient,
          clientConfig: init.clientConfig,
          parentClientConfig: init.parentClientConfig,
          callerClientConfig: init.callerClientConfig,
          profile: profileName,
          filepath: init.filepath,
          configFilepath: init.configFilepath,
          ignoreCache: init.ignoreCache,
          logger: init.logger
        });
      } else if (!ssoStartUrl || !ssoAccountId || !ssoRegion || !ssoRoleName) throw new config.CredentialsProviderError("Incomplete configuration. The fromSSO() argument hash must include " + '"ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"', {
        tryNextLink: false,
        logger: init.logger
      }); else return resolveSSOCredentials({
        ssoStartUrl: ssoStartUrl,
        ssoSession: ssoSession,
        ssoAccountId: ssoAccountId,
        ssoRegion: ssoRegion,
        ssoRoleName: ssoRoleName,
        ssoClient: ssoClient,
        clientConfig: init.clientConfig,
        parentClientConfig: init.parentClientConfig,
        callerClientConfig: init.callerClientConfig,
        profile: profileName,
        filepath: init.filepath,
        configFilepath: init.configFilepath,
        ignoreCache: init.ignoreCache,
        logger: init.logger
      });
    };
  }
};