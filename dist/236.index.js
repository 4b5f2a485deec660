export const id = 236;

export const ids = [ 236 ];

export const modules = {
  /***/ 6236: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      fromIni: () => /* reexport */ fromIni
    });
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
        var config = __webpack_require__(7291);
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
        var client = __webpack_require__(5152);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-provider-ini/dist-es/resolveCredentialSource.js
    const resolveCredentialSource = (credentialSource, profileName, logger) => {
      const sourceProvidersMap = {
        EcsContainer: async options => {
          const {fromHttp: fromHttp} = await __webpack_require__.e(/* import() */ 459).then(__webpack_require__.bind(__webpack_require__, 7459));
          const {fromContainerMetadata: fromContainerMetadata} = await __webpack_require__.e(/* import() */ 966).then(__webpack_require__.bind(__webpack_require__, 4966));
          logger?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer");
          return async () => (0, config.chain)(fromHttp(options ?? {}), fromContainerMetadata(options))().then(setNamedProvider);
        },
        Ec2InstanceMetadata: async options => {
          logger?.debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");
          const {fromInstanceMetadata: fromInstanceMetadata} = await __webpack_require__.e(/* import() */ 966).then(__webpack_require__.bind(__webpack_require__, 4966));
          return async () => fromInstanceMetadata(options)().then(setNamedProvider);
        },
        Environment: async options => {
          logger?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");
          const {fromEnv: fromEnv} = await __webpack_require__.e(/* import() */ 8).then(__webpack_require__.bind(__webpack_require__, 4008));
          return async () => fromEnv(options)().then(setNamedProvider);
        }
      };
      if (credentialSource in sourceProvidersMap) return sourceProvidersMap[credentialSource]; else throw new config.CredentialsProviderError(`Unsupported credential source in profile ${profileName}. Got ${credentialSource}, ` + `expected EcsContainer or Ec2InstanceMetadata or Environment.`, {
        logger: logger
      });
    };
    const setNamedProvider = creds => (0, client.setCredentialFeature)(creds, "CREDENTIALS_PROFILE_NAMED_PROVIDER", "p");
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-provider-ini/dist-es/resolveAssumeRoleCredentials.js
    const isAssumeRoleProfile = (arg, {profile: profile = "default", logger: logger} = {}) => Boolean(arg) && typeof arg === "object" && typeof arg.role_arn === "string" && [ "undefined", "string" ].indexOf(typeof arg.role_session_name) > -1 && [ "undefined", "string" ].indexOf(typeof arg.external_id) > -1 && [ "undefined", "string" ].indexOf(typeof arg.mfa_serial) > -1 && (isAssumeRoleWithSourceProfile(arg, {
      profile: profile,
      logger: logger
    }) || isCredentialSourceProfile(arg, {
      profile: profile,
      logger: logger
    }));
    const isAssumeRoleWithSourceProfile = (arg, {profile: profile, logger: logger}) => {
      const withSourceProfile = typeof arg.source_profile === "string" && typeof arg.credential_source === "undefined";
      if (withSourceProfile) logger?.debug?.(`    ${profile} isAssumeRoleWithSourceProfile source_profile=${arg.source_profile}`);
      return withSourceProfile;
    };
    const isCredentialSourceProfile = (arg, {profile: profile, logger: logger}) => {
      const withProviderProfile = typeof arg.credential_source === "string" && typeof arg.source_profile === "undefined";
      if (withProviderProfile) logger?.debug?.(`    ${profile} isCredentialSourceProfile credential_source=${arg.credential_source}`);
      return withProviderProfile;
    };
    const resolveAssumeRoleCredentials = async (profileName, profiles, options, callerClientConfig, visitedProfiles = {}, resolveProfileData) => {
      options.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");
      const profileData = profiles[profileName];
      const {source_profile: source_profile, region: region} = profileData;
      if (!options.roleAssumer) {
        const {getDefaultRoleAssumer: getDefaultRoleAssumer} = await __webpack_require__.e(/* import() */ 136).then(__webpack_require__.t.bind(__webpack_require__, 1136, 19));
        options.roleAssumer = getDefaultRoleAssumer({
          ...options.clientConfig,
          credentialProviderLogger: options.logger,
          parentClientConfig: {
            ...callerClientConfig,
            ...options?.parentClientConfig,
            region: region ?? options?.parentClientConfig?.region ?? callerClientConfig?.region
          }
        }, options.clientPlugins);
      }
      if (source_profile && source_profile in visitedProfiles) throw new config.CredentialsProviderError(`Detected a cycle attempting to resolve credentials for profile` + ` ${(0, 
      config.getProfileName)(options)}. Profiles visited: ` + Object.keys(visitedProfiles).join(", "), {
        logger: options.logger
      });
      options.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${source_profile ? `source_profile=[${source_profile}]` : `profile=[${profileName}]`}`);
      const sourceCredsProvider = source_profile ? resolveProfileData(source_profile, profiles, options, callerClientConfig, {
        ...visitedProfiles,
        [source_profile]: true
      }, isCredentialSourceWithoutRoleArn(profiles[source_profile] ?? {})) : (await resolveCredentialSource(profileData.credential_source, profileName, options.logger)(options))();
      if (isCredentialSourceWithoutRoleArn(profileData)) return sourceCredsProvider.then(creds => (0, 
      client.setCredentialFeature)(creds, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o")); else {
        const params = {
          RoleArn: profileData.role_arn,
          RoleSessionName: profileData.role_session_name || `aws-sdk-js-${Date.now()}`,
          ExternalId: profileData.external_id,
          DurationSeconds: parseInt(profileData.duration_seconds || "3600", 10)
        };
        const {mfa_serial: mfa_serial} = profileData;
        if (mfa_serial) {
          if (!options.mfaCodeProvider) throw new config.CredentialsProviderError(`Profile ${profileName} requires multi-factor authentication, but no MFA code callback was provided.`, {
            logger: options.logger,
            tryNextLink: false
          });
          params.SerialNumber = mfa_serial;
          params.TokenCode = await options.mfaCodeProvider(mfa_serial);
        }
        const sourceCreds = await sourceCredsProvider;
        return options.roleAssumer(sourceCreds, params).then(creds => (0, client.setCredentialFeature)(creds, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o"));
      }
    };
    const isCredentialSourceWithoutRoleArn = section => !section.role_arn && !!section.credential_source;
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-provider-ini/dist-es/resolveLoginCredentials.js
    const isLoginProfile = data => Boolean(data && data.login_session);
    const resolveLoginCredentials = async (profileName, options, callerClientConfig) => {
      const {fromLoginCredentials: fromLoginCredentials} = await __webpack_require__.e(/* import() */ 294).then(__webpack_require__.bind(__webpack_require__, 8294));
      const credentials = await fromLoginCredentials({
        ...options,
        profile: profileName
      })({
        callerClientConfig: callerClientConfig
      });
      return (0, client.setCredentialFeature)(credentials, "CREDENTIALS_PROFILE_LOGIN", "AC");
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-provider-ini/dist-es/resolveProcessCredentials.js
    const isProcessProfile = arg => Boolean(arg) && typeof arg === "object" && typeof arg.credential_process === "string";
    const resolveProcessCredentials = async (options, profile) => {
      const {fromProcess: fromProcess} = await __webpack_require__.e(/* import() */ 575).then(__webpack_require__.bind(__webpack_require__, 3575));
      const credentials = await fromProcess({
        ...options,
        profile: profile
      })();
      return (0, client.setCredentialFeature)(credentials, "CREDENTIALS_PROFILE_PROCESS", "v");
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-provider-ini/dist-es/resolveSsoCredentials.js
    const resolveSsoCredentials = async (profile, profileData, options = {}, callerClientConfig) => {
      const {fromSSO: fromSSO} = await __webpack_require__.e(/* import() */ 895).then(__webpack_require__.bind(__webpack_require__, 8895));
      return fromSSO({
        profile: profile,
        logger: options.logger,
        parentClientConfig: options.parentClientConfig,
        clientConfig: options.clientConfig
      })({
        callerClientConfig: callerClientConfig
      }).then(creds => {
        if (profileData.sso_session) return (0, client.setCredentialFeature)(creds, "CREDENTIALS_PROFILE_SSO", "r"); else return (0, 
        client.setCredentialFeature)(creds, "CREDENTIALS_PROFILE_SSO_LEGACY", "t");
      });
    };
    const isSsoProfile = arg => arg && (typeof arg.sso_start_url === "string" || typeof arg.sso_account_id === "string" || typeof arg.sso_session === "string" || typeof arg.sso_region === "string" || typeof arg.sso_role_name === "string");
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-provider-ini/dist-es/resolveStaticCredentials.js
    const isStaticCredsProfile = arg => Boolean(arg) && typeof arg === "object" && typeof arg.aws_access_key_id === "string" && typeof arg.aws_secret_access_key === "string" && [ "undefined", "string" ].indexOf(typeof arg.aws_session_token) > -1 && [ "undefined", "string" ].indexOf(typeof arg.aws_account_id) > -1;
    const resolveStaticCredentials = async (profile, options) => {
      options?.logger?.debug("@aws-sdk/credential-provider-ini - resolveStaticCredentials");
      const credentials = {
        accessKeyId: profile.aws_access_key_id,
        secretAccessKey: profile.aws_secret_access_key,
        sessionToken: profile.aws_session_token,
        ...profile.aws_credential_scope && {
          credentialScope: profile.aws_credential_scope
        },
        ...profile.aws_account_id && {
          accountId: profile.aws_account_id
        }
      };
      return (0, client.setCredentialFeature)(credentials, "CREDENTIALS_PROFILE", "n");
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-provider-ini/dist-es/resolveWebIdentityCredentials.js
    const isWebIdentityProfile = arg => Boolean(arg) && typeof arg === "object" && typeof arg.web_identity_token_file === "string" && typeof arg.role_arn === "string" && [ "undefined", "string" ].indexOf(typeof arg.role_session_name) > -1;
    const resolveWebIdentityCredentials = async (profile, options, callerClientConfig) => {
      const {fromTokenFile: fromTokenFile} = await __webpack_require__.e(/* import() */ 715).then(__webpack_require__.bind(__webpack_require__, 8715));
      const credentials = await fromTokenFile({
        webIdentityTokenFile: profile.web_identity_token_file,
        roleArn: profile.role_arn,
        roleSessionName: profile.role_session_name,
        roleAssumerWithWebIdentity: options.roleAssumerWithWebIdentity,
        logger: options.logger,
        parentClientConfig: options.parentClientConfig
      })({
        callerClientConfig: callerClientConfig
      });
      return (0, client.setCredentialFeature)(credentials, "CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN", "q");
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-provider-ini/dist-es/resolveProfileData.js
    const resolveProfileData = async (profileName, profiles, options, callerClientConfig, visitedProfiles = {}, isAssumeRoleRecursiveCall = false) => {
      const data = profiles[profileName];
      if (Object.keys(visitedProfiles).length > 0 && isStaticCredsProfile(data)) return resolveStaticCredentials(data, options);
      if (isAssumeRoleRecursiveCall || isAssumeRoleProfile(data, {
        profile: profileName,
        logger: options.logger
      })) return resolveAssumeRoleCredentials(profileName, profiles, options, callerClientConfig, visitedProfiles, resolveProfileData);
      if (isStaticCredsProfile(data)) return resolveStaticCredentials(data, options);
      if (isWebIdentityProfile(data)) return resolveWebIdentityCredentials(data, options, callerClientConfig);
      if (isProcessProfile(data)) return resolveProcessCredentials(options, profileName);
      if (isSsoProfile(data)) return await resolveSsoCredentials(profileName, data, options, callerClientConfig);
      if (isLoginProfile(data)) return resolveLoginCredentials(profileName, options, callerClientConfig);
      throw new config.CredentialsProviderError(`Could not resolve credentials using profile: [${profileName}] in configuration/credentials file(s).`, {
        logger: options.logger
      });
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-provider-ini/dist-es/fromIni.js
    const fromIni = (init = {}) => async ({callerClientConfig: callerClientConfig} = {}) => {
      init.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");
      const profiles = await (0, config.parseKnownFiles)(init);
      return resolveProfileData((0, config.getProfileName)({
        profile: init.profile ?? callerClientConfig?.profile
      }), profiles, init, callerClientConfig);
    };
  }
};