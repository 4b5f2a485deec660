export const id = 107;

export const ids = [ 107 ];

export const modules = {
  /***/ 7107: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // ESM COMPAT FLAG
    __webpack_require__.r(__webpack_exports__);
    // EXPORTS
        __webpack_require__.d(__webpack_exports__, {
      $Command: () => /* reexport */ submodules_client.Command,
      AddPermission$: () => /* reexport */ AddPermission$,
      AddPermissionCommand: () => /* reexport */ AddPermissionCommand,
      AddPermissionInput$: () => /* reexport */ AddPermissionInput$,
      AuthorizationErrorException: () => /* reexport */ AuthorizationErrorException,
      AuthorizationErrorException$: () => /* reexport */ AuthorizationErrorException$,
      BatchEntryIdsNotDistinctException: () => /* reexport */ BatchEntryIdsNotDistinctException,
      BatchEntryIdsNotDistinctException$: () => /* reexport */ BatchEntryIdsNotDistinctException$,
      BatchRequestTooLongException: () => /* reexport */ BatchRequestTooLongException,
      BatchRequestTooLongException$: () => /* reexport */ BatchRequestTooLongException$,
      BatchResultErrorEntry$: () => /* reexport */ BatchResultErrorEntry$,
      CheckIfPhoneNumberIsOptedOut$: () => /* reexport */ CheckIfPhoneNumberIsOptedOut$,
      CheckIfPhoneNumberIsOptedOutCommand: () => /* reexport */ CheckIfPhoneNumberIsOptedOutCommand,
      CheckIfPhoneNumberIsOptedOutInput$: () => /* reexport */ CheckIfPhoneNumberIsOptedOutInput$,
      CheckIfPhoneNumberIsOptedOutResponse$: () => /* reexport */ CheckIfPhoneNumberIsOptedOutResponse$,
      ConcurrentAccessException: () => /* reexport */ ConcurrentAccessException,
      ConcurrentAccessException$: () => /* reexport */ ConcurrentAccessException$,
      ConfirmSubscription$: () => /* reexport */ ConfirmSubscription$,
      ConfirmSubscriptionCommand: () => /* reexport */ ConfirmSubscriptionCommand,
      ConfirmSubscriptionInput$: () => /* reexport */ ConfirmSubscriptionInput$,
      ConfirmSubscriptionResponse$: () => /* reexport */ ConfirmSubscriptionResponse$,
      CreateEndpointResponse$: () => /* reexport */ CreateEndpointResponse$,
      CreatePlatformApplication$: () => /* reexport */ CreatePlatformApplication$,
      CreatePlatformApplicationCommand: () => /* reexport */ CreatePlatformApplicationCommand,
      CreatePlatformApplicationInput$: () => /* reexport */ CreatePlatformApplicationInput$,
      CreatePlatformApplicationResponse$: () => /* reexport */ CreatePlatformApplicationResponse$,
      CreatePlatformEndpoint$: () => /* reexport */ CreatePlatformEndpoint$,
      CreatePlatformEndpointCommand: () => /* reexport */ CreatePlatformEndpointCommand,
      CreatePlatformEndpointInput$: () => /* reexport */ CreatePlatformEndpointInput$,
      CreateSMSSandboxPhoneNumber$: () => /* reexport */ CreateSMSSandboxPhoneNumber$,
      CreateSMSSandboxPhoneNumberCommand: () => /* reexport */ CreateSMSSandboxPhoneNumberCommand,
      CreateSMSSandboxPhoneNumberInput$: () => /* reexport */ CreateSMSSandboxPhoneNumberInput$,
      CreateSMSSandboxPhoneNumberResult$: () => /* reexport */ CreateSMSSandboxPhoneNumberResult$,
      CreateTopic$: () => /* reexport */ CreateTopic$,
      CreateTopicCommand: () => /* reexport */ CreateTopicCommand,
      CreateTopicInput$: () => /* reexport */ CreateTopicInput$,
      CreateTopicResponse$: () => /* reexport */ CreateTopicResponse$,
      DeleteEndpoint$: () => /* reexport */ DeleteEndpoint$,
      DeleteEndpointCommand: () => /* reexport */ DeleteEndpointCommand,
      DeleteEndpointInput$: () => /* reexport */ DeleteEndpointInput$,
      DeletePlatformApplication$: () => /* reexport */ DeletePlatformApplication$,
      DeletePlatformApplicationCommand: () => /* reexport */ DeletePlatformApplicationCommand,
      DeletePlatformApplicationInput$: () => /* reexport */ DeletePlatformApplicationInput$,
      DeleteSMSSandboxPhoneNumber$: () => /* reexport */ DeleteSMSSandboxPhoneNumber$,
      DeleteSMSSandboxPhoneNumberCommand: () => /* reexport */ DeleteSMSSandboxPhoneNumberCommand,
      DeleteSMSSandboxPhoneNumberInput$: () => /* reexport */ DeleteSMSSandboxPhoneNumberInput$,
      DeleteSMSSandboxPhoneNumberResult$: () => /* reexport */ DeleteSMSSandboxPhoneNumberResult$,
      DeleteTopic$: () => /* reexport */ DeleteTopic$,
      DeleteTopicCommand: () => /* reexport */ DeleteTopicCommand,
      DeleteTopicInput$: () => /* reexport */ DeleteTopicInput$,
      EmptyBatchRequestException: () => /* reexport */ EmptyBatchRequestException,
      EmptyBatchRequestException$: () => /* reexport */ EmptyBatchRequestException$,
      Endpoint$: () => /* reexport */ Endpoint$,
      EndpointDisabledException: () => /* reexport */ EndpointDisabledException,
      EndpointDisabledException$: () => /* reexport */ EndpointDisabledException$,
      FilterPolicyLimitExceededException: () => /* reexport */ FilterPolicyLimitExceededException,
      FilterPolicyLimitExceededException$: () => /* reexport */ FilterPolicyLimitExceededException$,
      GetDataProtectionPolicy$: () => /* reexport */ GetDataProtectionPolicy$,
      GetDataProtectionPolicyCommand: () => /* reexport */ GetDataProtectionPolicyCommand,
      GetDataProtectionPolicyInput$: () => /* reexport */ GetDataProtectionPolicyInput$,
      GetDataProtectionPolicyResponse$: () => /* reexport */ GetDataProtectionPolicyResponse$,
      GetEndpointAttributes$: () => /* reexport */ GetEndpointAttributes$,
      GetEndpointAttributesCommand: () => /* reexport */ GetEndpointAttributesCommand,
      GetEndpointAttributesInput$: () => /* reexport */ GetEndpointAttributesInput$,
      GetEndpointAttributesResponse$: () => /* reexport */ GetEndpointAttributesResponse$,
      GetPlatformApplicationAttributes$: () => /* reexport */ GetPlatformApplicationAttributes$,
      GetPlatformApplicationAttributesCommand: () => /* reexport */ GetPlatformApplicationAttributesCommand,
      GetPlatformApplicationAttributesInput$: () => /* reexport */ GetPlatformApplicationAttributesInput$,
      GetPlatformApplicationAttributesResponse$: () => /* reexport */ GetPlatformApplicationAttributesResponse$,
      GetSMSAttributes$: () => /* reexport */ GetSMSAttributes$,
      GetSMSAttributesCommand: () => /* reexport */ GetSMSAttributesCommand,
      GetSMSAttributesInput$: () => /* reexport */ GetSMSAttributesInput$,
      GetSMSAttributesResponse$: () => /* reexport */ GetSMSAttributesResponse$,
      GetSMSSandboxAccountStatus$: () => /* reexport */ GetSMSSandboxAccountStatus$,
      GetSMSSandboxAccountStatusCommand: () => /* reexport */ GetSMSSandboxAccountStatusCommand,
      GetSMSSandboxAccountStatusInput$: () => /* reexport */ GetSMSSandboxAccountStatusInput$,
      GetSMSSandboxAccountStatusResult$: () => /* reexport */ GetSMSSandboxAccountStatusResult$,
      GetSubscriptionAttributes$: () => /* reexport */ GetSubscriptionAttributes$,
      GetSubscriptionAttributesCommand: () => /* reexport */ GetSubscriptionAttributesCommand,
      GetSubscriptionAttributesInput$: () => /* reexport */ GetSubscriptionAttributesInput$,
      GetSubscriptionAttributesResponse$: () => /* reexport */ GetSubscriptionAttributesResponse$,
      GetTopicAttributes$: () => /* reexport */ GetTopicAttributes$,
      GetTopicAttributesCommand: () => /* reexport */ GetTopicAttributesCommand,
      GetTopicAttributesInput$: () => /* reexport */ GetTopicAttributesInput$,
      GetTopicAttributesResponse$: () => /* reexport */ GetTopicAttributesResponse$,
      InternalErrorException: () => /* reexport */ InternalErrorException,
      InternalErrorException$: () => /* reexport */ InternalErrorException$,
      InvalidBatchEntryIdException: () => /* reexport */ InvalidBatchEntryIdException,
      InvalidBatchEntryIdException$: () => /* reexport */ InvalidBatchEntryIdException$,
      InvalidParameterException: () => /* reexport */ InvalidParameterException,
      InvalidParameterException$: () => /* reexport */ InvalidParameterException$,
      InvalidParameterValueException: () => /* reexport */ InvalidParameterValueException,
      InvalidParameterValueException$: () => /* reexport */ InvalidParameterValueException$,
      InvalidSecurityException: () => /* reexport */ InvalidSecurityException,
      InvalidSecurityException$: () => /* reexport */ InvalidSecurityException$,
      InvalidStateException: () => /* reexport */ InvalidStateException,
      InvalidStateException$: () => /* reexport */ InvalidStateException$,
      KMSAccessDeniedException: () => /* reexport */ KMSAccessDeniedException,
      KMSAccessDeniedException$: () => /* reexport */ KMSAccessDeniedException$,
      KMSDisabledException: () => /* reexport */ KMSDisabledException,
      KMSDisabledException$: () => /* reexport */ KMSDisabledException$,
      KMSInvalidStateException: () => /* reexport */ KMSInvalidStateException,
      KMSInvalidStateException$: () => /* reexport */ KMSInvalidStateException$,
      KMSNotFoundException: () => /* reexport */ KMSNotFoundException,
      KMSNotFoundException$: () => /* reexport */ KMSNotFoundException$,
      KMSOptInRequired: () => /* reexport */ KMSOptInRequired,
      KMSOptInRequired$: () => /* reexport */ KMSOptInRequired$,
      KMSThrottlingException: () => /* reexport */ KMSThrottlingException,
      KMSThrottlingException$: () => /* reexport */ KMSThrottlingException$,
      LanguageCodeString: () => /* reexport */ LanguageCodeString,
      ListEndpointsByPlatformApplication$: () => /* reexport */ ListEndpointsByPlatformApplication$,
      ListEndpointsByPlatformApplicationCommand: () => /* reexport */ ListEndpointsByPlatformApplicationCommand,
      ListEndpointsByPlatformApplicationInput$: () => /* reexport */ ListEndpointsByPlatformApplicationInput$,
      ListEndpointsByPlatformApplicationResponse$: () => /* reexport */ ListEndpointsByPlatformApplicationResponse$,
      ListOriginationNumbers$: () => /* reexport */ ListOriginationNumbers$,
      ListOriginationNumbersCommand: () => /* reexport */ ListOriginationNumbersCommand,
      ListOriginationNumbersRequest$: () => /* reexport */ ListOriginationNumbersRequest$,
      ListOriginationNumbersResult$: () => /* reexport */ ListOriginationNumbersResult$,
      ListPhoneNumbersOptedOut$: () => /* reexport */ ListPhoneNumbersOptedOut$,
      ListPhoneNumbersOptedOutCommand: () => /* reexport */ ListPhoneNumbersOptedOutCommand,
      ListPhoneNumbersOptedOutInput$: () => /* reexport */ ListPhoneNumbersOptedOutInput$,
      ListPhoneNumbersOptedOutResponse$: () => /* reexport */ ListPhoneNumbersOptedOutResponse$,
      ListPlatformApplications$: () => /* reexport */ ListPlatformApplications$,
      ListPlatformApplicationsCommand: () => /* reexport */ ListPlatformApplicationsCommand,
      ListPlatformApplicationsInput$: () => /* reexport */ ListPlatformApplicationsInput$,
      ListPlatformApplicationsResponse$: () => /* reexport */ ListPlatformApplicationsResponse$,
      ListSMSSandboxPhoneNumbers$: () => /* reexport */ ListSMSSandboxPhoneNumbers$,
      ListSMSSandboxPhoneNumbersCommand: () => /* reexport */ ListSMSSandboxPhoneNumbersCommand,
      ListSMSSandboxPhoneNumbersInput$: () => /* reexport */ ListSMSSandboxPhoneNumbersInput$,
      ListSMSSandboxPhoneNumbersResult$: () => /* reexport */ ListSMSSandboxPhoneNumbersResult$,
      ListSubscriptions$: () => /* reexport */ ListSubscriptions$,
      ListSubscriptionsByTopic$: () => /* reexport */ ListSubscriptionsByTopic$,
      ListSubscriptionsByTopicCommand: () => /* reexport */ ListSubscriptionsByTopicCommand,
      ListSubscriptionsByTopicInput$: () => /* reexport */ ListSubscriptionsByTopicInput$,
      ListSubscriptionsByTopicResponse$: () => /* reexport */ ListSubscriptionsByTopicResponse$,
      ListSubscriptionsCommand: () => /* reexport */ ListSubscriptionsCommand,
      ListSubscriptionsInput$: () => /* reexport */ ListSubscriptionsInput$,
      ListSubscriptionsResponse$: () => /* reexport */ ListSubscriptionsResponse$,
      ListTagsForResource$: () => /* reexport */ ListTagsForResource$,
      ListTagsForResourceCommand: () => /* reexport */ ListTagsForResourceCommand,
      ListTagsForResourceRequest$: () => /* reexport */ ListTagsForResourceRequest$,
      ListTagsForResourceResponse$: () => /* reexport */ ListTagsForResourceResponse$,
      ListTopics$: () => /* reexport */ ListTopics$,
      ListTopicsCommand: () => /* reexport */ ListTopicsCommand,
      ListTopicsInput$: () => /* reexport */ ListTopicsInput$,
      ListTopicsResponse$: () => /* reexport */ ListTopicsResponse$,
      MessageAttributeValue$: () => /* reexport */ MessageAttributeValue$,
      NotFoundException: () => /* reexport */ NotFoundException,
      NotFoundException$: () => /* reexport */ NotFoundException$,
      NumberCapability: () => /* reexport */ NumberCapability,
      OptInPhoneNumber$: () => /* reexport */ OptInPhoneNumber$,
      OptInPhoneNumberCommand: () => /* reexport */ OptInPhoneNumberCommand,
      OptInPhoneNumberInput$: () => /* reexport */ OptInPhoneNumberInput$,
      OptInPhoneNumberResponse$: () => /* reexport */ OptInPhoneNumberResponse$,
      OptedOutException: () => /* reexport */ OptedOutException,
      OptedOutException$: () => /* reexport */ OptedOutException$,
      PhoneNumberInformation$: () => /* reexport */ PhoneNumberInformation$,
      PlatformApplication$: () => /* reexport */ PlatformApplication$,
      PlatformApplicationDisabledException: () => /* reexport */ PlatformApplicationDisabledException,
      PlatformApplicationDisabledException$: () => /* reexport */ PlatformApplicationDisabledException$,
      Publish$: () => /* reexport */ Publish$,
      PublishBatch$: () => /* reexport */ PublishBatch$,
      PublishBatchCommand: () => /* reexport */ PublishBatchCommand,
      PublishBatchInput$: () => /* reexport */ PublishBatchInput$,
      PublishBatchRequestEntry$: () => /* reexport */ PublishBatchRequestEntry$,
      PublishBatchResponse$: () => /* reexport */ PublishBatchResponse$,
      PublishBatchResultEntry$: () => /* reexport */ PublishBatchResultEntry$,
      PublishCommand: () => /* reexport */ PublishCommand,
      PublishInput$: () => /* reexport */ PublishInput$,
      PublishResponse$: () => /* reexport */ PublishResponse$,
      PutDataProtectionPolicy$: () => /* reexport */ PutDataProtectionPolicy$,
      PutDataProtectionPolicyCommand: () => /* reexport */ PutDataProtectionPolicyCommand,
      PutDataProtectionPolicyInput$: () => /* reexport */ PutDataProtectionPolicyInput$,
      RemovePermission$: () => /* reexport */ RemovePermission$,
      RemovePermissionCommand: () => /* reexport */ RemovePermissionCommand,
      RemovePermissionInput$: () => /* reexport */ RemovePermissionInput$,
      ReplayLimitExceededException: () => /* reexport */ ReplayLimitExceededException,
      ReplayLimitExceededException$: () => /* reexport */ ReplayLimitExceededException$,
      ResourceNotFoundException: () => /* reexport */ ResourceNotFoundException,
      ResourceNotFoundException$: () => /* reexport */ ResourceNotFoundException$,
      RouteType: () => /* reexport */ RouteType,
      SMSSandboxPhoneNumber$: () => /* reexport */ SMSSandboxPhoneNumber$,
      SMSSandboxPhoneNumberVerificationStatus: () => /* reexport */ SMSSandboxPhoneNumberVerificationStatus,
      SNS: () => /* reexport */ SNS,
      SNSClient: () => /* reexport */ SNSClient,
      SNSServiceException: () => /* reexport */ SNSServiceException,
      SNSServiceException$: () => /* reexport */ SNSServiceException$,
      SetEndpointAttributes$: () => /* reexport */ SetEndpointAttributes$,
      SetEndpointAttributesCommand: () => /* reexport */ SetEndpointAttributesCommand,
      SetEndpointAttributesInput$: () => /* reexport */ SetEndpointAttributesInput$,
      SetPlatformApplicationAttributes$: () => /* reexport */ SetPlatformApplicationAttributes$,
      SetPlatformApplicationAttributesCommand: () => /* reexport */ SetPlatformApplicationAttributesCommand,
      SetPlatformApplicationAttributesInput$: () => /* reexport */ SetPlatformApplicationAttributesInput$,
      SetSMSAttributes$: () => /* reexport */ SetSMSAttributes$,
      SetSMSAttributesCommand: () => /* reexport */ SetSMSAttributesCommand,
      SetSMSAttributesInput$: () => /* reexport */ SetSMSAttributesInput$,
      SetSMSAttributesResponse$: () => /* reexport */ SetSMSAttributesResponse$,
      SetSubscriptionAttributes$: () => /* reexport */ SetSubscriptionAttributes$,
      SetSubscriptionAttributesCommand: () => /* reexport */ SetSubscriptionAttributesCommand,
      SetSubscriptionAttributesInput$: () => /* reexport */ SetSubscriptionAttributesInput$,
      SetTopicAttributes$: () => /* reexport */ SetTopicAttributes$,
      SetTopicAttributesCommand: () => /* reexport */ SetTopicAttributesCommand,
      SetTopicAttributesInput$: () => /* reexport */ SetTopicAttributesInput$,
      StaleTagException: () => /* reexport */ StaleTagException,
      StaleTagException$: () => /* reexport */ StaleTagException$,
      Subscribe$: () => /* reexport */ Subscribe$,
      SubscribeCommand: () => /* reexport */ SubscribeCommand,
      SubscribeInput$: () => /* reexport */ SubscribeInput$,
      SubscribeResponse$: () => /* reexport */ SubscribeResponse$,
      Subscription$: () => /* reexport */ Subscription$,
      SubscriptionLimitExceededException: () => /* reexport */ SubscriptionLimitExceededException,
      SubscriptionLimitExceededException$: () => /* reexport */ SubscriptionLimitExceededException$,
      Tag$: () => /* reexport */ Tag$,
      TagLimitExceededException: () => /* reexport */ TagLimitExceededException,
      TagLimitExceededException$: () => /* reexport */ TagLimitExceededException$,
      TagPolicyException: () => /* reexport */ TagPolicyException,
      TagPolicyException$: () => /* reexport */ TagPolicyException$,
      TagResource$: () => /* reexport */ TagResource$,
      TagResourceCommand: () => /* reexport */ TagResourceCommand,
      TagResourceRequest$: () => /* reexport */ TagResourceRequest$,
      TagResourceResponse$: () => /* reexport */ TagResourceResponse$,
      ThrottledException: () => /* reexport */ ThrottledException,
      ThrottledException$: () => /* reexport */ ThrottledException$,
      TooManyEntriesInBatchRequestException: () => /* reexport */ TooManyEntriesInBatchRequestException,
      TooManyEntriesInBatchRequestException$: () => /* reexport */ TooManyEntriesInBatchRequestException$,
      Topic$: () => /* reexport */ Topic$,
      TopicLimitExceededException: () => /* reexport */ TopicLimitExceededException,
      TopicLimitExceededException$: () => /* reexport */ TopicLimitExceededException$,
      Unsubscribe$: () => /* reexport */ Unsubscribe$,
      UnsubscribeCommand: () => /* reexport */ UnsubscribeCommand,
      UnsubscribeInput$: () => /* reexport */ UnsubscribeInput$,
      UntagResource$: () => /* reexport */ UntagResource$,
      UntagResourceCommand: () => /* reexport */ UntagResourceCommand,
      UntagResourceRequest$: () => /* reexport */ UntagResourceRequest$,
      UntagResourceResponse$: () => /* reexport */ UntagResourceResponse$,
      UserErrorException: () => /* reexport */ UserErrorException,
      UserErrorException$: () => /* reexport */ UserErrorException$,
      ValidationException: () => /* reexport */ ValidationException,
      ValidationException$: () => /* reexport */ ValidationException$,
      VerificationException: () => /* reexport */ VerificationException,
      VerificationException$: () => /* reexport */ VerificationException$,
      VerifySMSSandboxPhoneNumber$: () => /* reexport */ VerifySMSSandboxPhoneNumber$,
      VerifySMSSandboxPhoneNumberCommand: () => /* reexport */ VerifySMSSandboxPhoneNumberCommand,
      VerifySMSSandboxPhoneNumberInput$: () => /* reexport */ VerifySMSSandboxPhoneNumberInput$,
      VerifySMSSandboxPhoneNumberResult$: () => /* reexport */ VerifySMSSandboxPhoneNumberResult$,
      __Client: () => /* reexport */ submodules_client.Client,
      errorTypeRegistries: () => /* reexport */ errorTypeRegistries,
      paginateListEndpointsByPlatformApplication: () => /* reexport */ paginateListEndpointsByPlatformApplication,
      paginateListOriginationNumbers: () => /* reexport */ paginateListOriginationNumbers,
      paginateListPhoneNumbersOptedOut: () => /* reexport */ paginateListPhoneNumbersOptedOut,
      paginateListPlatformApplications: () => /* reexport */ paginateListPlatformApplications,
      paginateListSMSSandboxPhoneNumbers: () => /* reexport */ paginateListSMSSandboxPhoneNumbers,
      paginateListSubscriptions: () => /* reexport */ paginateListSubscriptions,
      paginateListSubscriptionsByTopic: () => /* reexport */ paginateListSubscriptionsByTopic,
      paginateListTopics: () => /* reexport */ paginateListTopics
    });
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
        var client = __webpack_require__(5152);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/index.js
        var dist_cjs = __webpack_require__(402);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
        var submodules_client = __webpack_require__(2658);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
        var submodules_config = __webpack_require__(7291);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
        var endpoints = __webpack_require__(2085);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js
        var protocols = __webpack_require__(3422);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
        var retry = __webpack_require__(3609);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
        var schema = __webpack_require__(6890);
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/httpAuthSchemes/index.js
        var httpAuthSchemes = __webpack_require__(7523);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/auth/httpAuthSchemeProvider.js
    const defaultSNSHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: (0, submodules_client.getSmithyContext)(context).operation,
      region: await (0, submodules_client.normalizeProvider)(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "sns",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config: config,
            context: context
          }
        })
      };
    }
    const defaultSNSHttpAuthSchemeProvider = authParameters => {
      const options = [];
      switch (authParameters.operation) {
       default:
        options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
      }
      return options;
    };
    const resolveHttpAuthSchemeConfig = config => {
      const config_0 = (0, httpAuthSchemes.resolveAwsSdkSigV4Config)(config);
      return Object.assign(config_0, {
        authSchemePreference: (0, submodules_client.normalizeProvider)(config.authSchemePreference ?? [])
      });
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/endpoint/EndpointParameters.js
    const resolveClientEndpointParameters = options => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? false,
      useFipsEndpoint: options.useFipsEndpoint ?? false,
      defaultSigningName: "sns"
    });
    const commonParams = {
      UseFIPS: {
        type: "builtInParams",
        name: "useFipsEndpoint"
      },
      Endpoint: {
        type: "builtInParams",
        name: "endpoint"
      },
      Region: {
        type: "builtInParams",
        name: "region"
      },
      UseDualStack: {
        type: "builtInParams",
        name: "useDualstackEndpoint"
      }
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/package.json
    const package_namespaceObject = {
      rE: "3.1127.0"
    };
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js + 2 modules
        var defaultProvider = __webpack_require__(9882);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
        var serde = __webpack_require__(2430);
    // EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 5 modules
        var node_http_handler = __webpack_require__(3291);
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js
        var submodules_protocols = __webpack_require__(7288);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/checksum/index.js
        var checksum = __webpack_require__(9542);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/endpoint/bdd.js
    const m = "ref";
    const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = "stringEquals", h = {
      [m]: "Endpoint"
    }, i = {
      [m]: d
    }, j = {
      [m]: "Region"
    }, k = {}, l = [ j ];
    const _data = {
      conditions: [ [ c, [ h ] ], [ c, l ], [ "aws.partition", l, d ], [ e, [ {
        [m]: "UseFIPS"
      }, b ] ], [ e, [ {
        [m]: "UseDualStack"
      }, b ] ], [ e, [ {
        fn: f,
        argv: [ i, "supportsDualStack" ]
      }, b ] ], [ e, [ {
        fn: f,
        argv: [ i, "supportsFIPS" ]
      }, b ] ], [ g, [ j, "us-gov-east-1" ] ], [ g, [ j, "us-gov-west-1" ] ] ],
      results: [ [ a ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ h, k ], [ "https://sns-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://sns.us-gov-east-1.amazonaws.com", k ], [ "https://sns.us-gov-west-1.amazonaws.com", k ], [ "https://sns-fips.{Region}.{PartitionResult#dnsSuffix}", k ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ "https://sns.{Region}.{PartitionResult#dualStackDnsSuffix}", k ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ "https://sns.{Region}.{PartitionResult#dnsSuffix}", k ], [ a, "Invalid Configuration: Missing Region" ] ]
    };
    const root = 2;
    const r = 1e8;
    const nodes = new Int32Array([ -1, 1, -1, 0, 14, 3, 1, 4, r + 13, 2, 5, r + 13, 3, 8, 6, 4, 7, r + 12, 5, r + 10, r + 11, 4, 12, 9, 6, 10, r + 9, 7, r + 6, 11, 8, r + 7, r + 8, 5, 13, r + 5, 6, r + 4, r + 5, 3, r + 1, 15, 4, r + 2, r + 3 ]);
    const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/endpoint/endpointResolver.js
    const cache = new endpoints.EndpointCache({
      size: 50,
      params: [ "Endpoint", "Region", "UseDualStack", "UseFIPS" ]
    });
    const defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => (0, 
    endpoints.decideEndpoint)(bdd, {
      endpointParams: endpointParams,
      logger: context.logger
    }));
    endpoints.customEndpointFunctions.aws = client.awsEndpointFunctions;
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/models/SNSServiceException.js
    class SNSServiceException extends submodules_client.ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, SNSServiceException.prototype);
      }
    }
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/models/errors.js
    class AuthorizationErrorException extends SNSServiceException {
      name="AuthorizationErrorException";
      $fault="client";
      constructor(opts) {
        super({
          name: "AuthorizationErrorException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, AuthorizationErrorException.prototype);
      }
    }
    class InternalErrorException extends SNSServiceException {
      name="InternalErrorException";
      $fault="server";
      constructor(opts) {
        super({
          name: "InternalErrorException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, InternalErrorException.prototype);
      }
    }
    class InvalidParameterException extends SNSServiceException {
      name="InvalidParameterException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidParameterException.prototype);
      }
    }
    class NotFoundException extends SNSServiceException {
      name="NotFoundException";
      $fault="client";
      constructor(opts) {
        super({
          name: "NotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, NotFoundException.prototype);
      }
    }
    class ThrottledException extends SNSServiceException {
      name="ThrottledException";
      $fault="client";
      constructor(opts) {
        super({
          name: "ThrottledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ThrottledException.prototype);
      }
    }
    class FilterPolicyLimitExceededException extends SNSServiceException {
      name="FilterPolicyLimitExceededException";
      $fault="client";
      constructor(opts) {
        super({
          name: "FilterPolicyLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, FilterPolicyLimitExceededException.prototype);
      }
    }
    class ReplayLimitExceededException extends SNSServiceException {
      name="ReplayLimitExceededException";
      $fault="client";
      constructor(opts) {
        super({
          name: "ReplayLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ReplayLimitExceededException.prototype);
      }
    }
    class SubscriptionLimitExceededException extends SNSServiceException {
      name="SubscriptionLimitExceededException";
      $fault="client";
      constructor(opts) {
        super({
          name: "SubscriptionLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, SubscriptionLimitExceededException.prototype);
      }
    }
    class OptedOutException extends SNSServiceException {
      name="OptedOutException";
      $fault="client";
      constructor(opts) {
        super({
          name: "OptedOutException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, OptedOutException.prototype);
      }
    }
    class UserErrorException extends SNSServiceException {
      name="UserErrorException";
      $fault="client";
      constructor(opts) {
        super({
          name: "UserErrorException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, UserErrorException.prototype);
      }
    }
    class ConcurrentAccessException extends SNSServiceException {
      name="ConcurrentAccessException";
      $fault="client";
      constructor(opts) {
        super({
          name: "ConcurrentAccessException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ConcurrentAccessException.prototype);
      }
    }
    class InvalidSecurityException extends SNSServiceException {
      name="InvalidSecurityException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidSecurityException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidSecurityException.prototype);
      }
    }
    class StaleTagException extends SNSServiceException {
      name="StaleTagException";
      $fault="client";
      constructor(opts) {
        super({
          name: "StaleTagException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, StaleTagException.prototype);
      }
    }
    class TagLimitExceededException extends SNSServiceException {
      name="TagLimitExceededException";
      $fault="client";
      constructor(opts) {
        super({
          name: "TagLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TagLimitExceededException.prototype);
      }
    }
    class TagPolicyException extends SNSServiceException {
      name="TagPolicyException";
      $fault="client";
      constructor(opts) {
        super({
          name: "TagPolicyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TagPolicyException.prototype);
      }
    }
    class TopicLimitExceededException extends SNSServiceException {
      name="TopicLimitExceededException";
      $fault="client";
      constructor(opts) {
        super({
          name: "TopicLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TopicLimitExceededException.prototype);
      }
    }
    class ResourceNotFoundException extends SNSServiceException {
      name="ResourceNotFoundException";
      $fault="client";
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
      }
    }
    class InvalidStateException extends SNSServiceException {
      name="InvalidStateException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidStateException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidStateException.prototype);
      }
    }
    class ValidationException extends SNSServiceException {
      name="ValidationException";
      $fault="client";
      Message;
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
        this.Message = opts.Message;
      }
    }
    class EndpointDisabledException extends SNSServiceException {
      name="EndpointDisabledException";
      $fault="client";
      constructor(opts) {
        super({
          name: "EndpointDisabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, EndpointDisabledException.prototype);
      }
    }
    class InvalidParameterValueException extends SNSServiceException {
      name="InvalidParameterValueException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidParameterValueException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidParameterValueException.prototype);
      }
    }
    class KMSAccessDeniedException extends SNSServiceException {
      name="KMSAccessDeniedException";
      $fault="client";
      constructor(opts) {
        super({
          name: "KMSAccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, KMSAccessDeniedException.prototype);
      }
    }
    class KMSDisabledException extends SNSServiceException {
      name="KMSDisabledException";
      $fault="client";
      constructor(opts) {
        super({
          name: "KMSDisabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, KMSDisabledException.prototype);
      }
    }
    class KMSInvalidStateException extends SNSServiceException {
      name="KMSInvalidStateException";
      $fault="client";
      constructor(opts) {
        super({
          name: "KMSInvalidStateException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, KMSInvalidStateException.prototype);
      }
    }
    class KMSNotFoundException extends SNSServiceException {
      name="KMSNotFoundException";
      $fault="client";
      constructor(opts) {
        super({
          name: "KMSNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, KMSNotFoundException.prototype);
      }
    }
    class KMSOptInRequired extends SNSServiceException {
      name="KMSOptInRequired";
      $fault="client";
      constructor(opts) {
        super({
          name: "KMSOptInRequired",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, KMSOptInRequired.prototype);
      }
    }
    class KMSThrottlingException extends SNSServiceException {
      name="KMSThrottlingException";
      $fault="client";
      constructor(opts) {
        super({
          name: "KMSThrottlingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, KMSThrottlingException.prototype);
      }
    }
    class PlatformApplicationDisabledException extends SNSServiceException {
      name="PlatformApplicationDisabledException";
      $fault="client";
      constructor(opts) {
        super({
          name: "PlatformApplicationDisabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, PlatformApplicationDisabledException.prototype);
      }
    }
    class BatchEntryIdsNotDistinctException extends SNSServiceException {
      name="BatchEntryIdsNotDistinctException";
      $fault="client";
      constructor(opts) {
        super({
          name: "BatchEntryIdsNotDistinctException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, BatchEntryIdsNotDistinctException.prototype);
      }
    }
    class BatchRequestTooLongException extends SNSServiceException {
      name="BatchRequestTooLongException";
      $fault="client";
      constructor(opts) {
        super({
          name: "BatchRequestTooLongException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, BatchRequestTooLongException.prototype);
      }
    }
    class EmptyBatchRequestException extends SNSServiceException {
      name="EmptyBatchRequestException";
      $fault="client";
      constructor(opts) {
        super({
          name: "EmptyBatchRequestException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, EmptyBatchRequestException.prototype);
      }
    }
    class InvalidBatchEntryIdException extends SNSServiceException {
      name="InvalidBatchEntryIdException";
      $fault="client";
      constructor(opts) {
        super({
          name: "InvalidBatchEntryIdException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, InvalidBatchEntryIdException.prototype);
      }
    }
    class TooManyEntriesInBatchRequestException extends SNSServiceException {
      name="TooManyEntriesInBatchRequestException";
      $fault="client";
      constructor(opts) {
        super({
          name: "TooManyEntriesInBatchRequestException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, TooManyEntriesInBatchRequestException.prototype);
      }
    }
    class VerificationException extends SNSServiceException {
      name="VerificationException";
      $fault="client";
      Message;
      Status;
      constructor(opts) {
        super({
          name: "VerificationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, VerificationException.prototype);
        this.Message = opts.Message;
        this.Status = opts.Status;
      }
    }
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/schemas/schemas_0.js
    const _A = "Attributes";
    const _AEE = "AuthorizationErrorException";
    const _AN = "ActionName";
    const _ANt = "AttributeName";
    const _AOU = "AuthenticateOnUnsubscribe";
    const _AP = "AddPermission";
    const _API = "AddPermissionInput";
    const _AV = "AttributeValue";
    const _AWSAI = "AWSAccountId";
    const _BEINDE = "BatchEntryIdsNotDistinctException";
    const _BREE = "BatchResultErrorEntry";
    const _BREEL = "BatchResultErrorEntryList";
    const _BRTLE = "BatchRequestTooLongException";
    const _BV = "BinaryValue";
    const _C = "Code";
    const _CA = "CreatedAt";
    const _CAE = "ConcurrentAccessException";
    const _CER = "CreateEndpointResponse";
    const _CIPNIOO = "CheckIfPhoneNumberIsOptedOut";
    const _CIPNIOOI = "CheckIfPhoneNumberIsOptedOutInput";
    const _CIPNIOOR = "CheckIfPhoneNumberIsOptedOutResponse";
    const _CPA = "CreatePlatformApplication";
    const _CPAI = "CreatePlatformApplicationInput";
    const _CPAR = "CreatePlatformApplicationResponse";
    const _CPE = "CreatePlatformEndpoint";
    const _CPEI = "CreatePlatformEndpointInput";
    const _CS = "ConfirmSubscription";
    const _CSI = "ConfirmSubscriptionInput";
    const _CSMSSPN = "CreateSMSSandboxPhoneNumber";
    const _CSMSSPNI = "CreateSMSSandboxPhoneNumberInput";
    const _CSMSSPNR = "CreateSMSSandboxPhoneNumberResult";
    const _CSR = "ConfirmSubscriptionResponse";
    const _CT = "CreateTopic";
    const _CTI = "CreateTopicInput";
    const _CTR = "CreateTopicResponse";
    const _CUD = "CustomUserData";
    const _DE = "DeleteEndpoint";
    const _DEI = "DeleteEndpointInput";
    const _DPA = "DeletePlatformApplication";
    const _DPAI = "DeletePlatformApplicationInput";
    const _DPP = "DataProtectionPolicy";
    const _DSMSSPN = "DeleteSMSSandboxPhoneNumber";
    const _DSMSSPNI = "DeleteSMSSandboxPhoneNumberInput";
    const _DSMSSPNR = "DeleteSMSSandboxPhoneNumberResult";
    const _DT = "DataType";
    const _DTI = "DeleteTopicInput";
    const _DTe = "DeleteTopic";
    const _E = "Endpoint";
    const _EA = "EndpointArn";
    const _EBRE = "EmptyBatchRequestException";
    const _EDE = "EndpointDisabledException";
    const _En = "Endpoints";
    const _F = "Failed";
    const _FPLEE = "FilterPolicyLimitExceededException";
    const _GDPP = "GetDataProtectionPolicy";
    const _GDPPI = "GetDataProtectionPolicyInput";
    const _GDPPR = "GetDataProtectionPolicyResponse";
    const _GEA = "GetEndpointAttributes";
    const _GEAI = "GetEndpointAttributesInput";
    const _GEAR = "GetEndpointAttributesResponse";
    const _GPAA = "GetPlatformApplicationAttributes";
    const _GPAAI = "GetPlatformApplicationAttributesInput";
    const _GPAAR = "GetPlatformApplicationAttributesResponse";
    const _GSA = "GetSubscriptionAttributes";
    const _GSAI = "GetSubscriptionAttributesInput";
    const _GSAR = "GetSubscriptionAttributesResponse";
    const _GSMSA = "GetSMSAttributes";
    const _GSMSAI = "GetSMSAttributesInput";
    const _GSMSAR = "GetSMSAttributesResponse";
    const _GSMSSAS = "GetSMSSandboxAccountStatus";
    const _GSMSSASI = "GetSMSSandboxAccountStatusInput";
    const _GSMSSASR = "GetSMSSandboxAccountStatusResult";
    const _GTA = "GetTopicAttributes";
    const _GTAI = "GetTopicAttributesInput";
    const _GTAR = "GetTopicAttributesResponse";
    const _I = "Id";
    const _IBEIE = "InvalidBatchEntryIdException";
    const _ICC = "Iso2CountryCode";
    const _IEE = "InternalErrorException";
    const _IIS = "IsInSandbox";
    const _IPE = "InvalidParameterException";
    const _IPVE = "InvalidParameterValueException";
    const _ISE = "InvalidSecurityException";
    const _ISEn = "InvalidStateException";
    const _K = "Key";
    const _KMSADE = "KMSAccessDeniedException";
    const _KMSDE = "KMSDisabledException";
    const _KMSISE = "KMSInvalidStateException";
    const _KMSNFE = "KMSNotFoundException";
    const _KMSOIR = "KMSOptInRequired";
    const _KMSTE = "KMSThrottlingException";
    const _L = "Label";
    const _LC = "LanguageCode";
    const _LEBPA = "ListEndpointsByPlatformApplication";
    const _LEBPAI = "ListEndpointsByPlatformApplicationInput";
    const _LEBPAR = "ListEndpointsByPlatformApplicationResponse";
    const _LOE = "ListOfEndpoints";
    const _LON = "ListOriginationNumbers";
    const _LONR = "ListOriginationNumbersRequest";
    const _LONRi = "ListOriginationNumbersResult";
    const _LOPA = "ListOfPlatformApplications";
    const _LPA = "ListPlatformApplications";
    const _LPAI = "ListPlatformApplicationsInput";
    const _LPAR = "ListPlatformApplicationsResponse";
    const _LPNOO = "ListPhoneNumbersOptedOut";
    const _LPNOOI = "ListPhoneNumbersOptedOutInput";
    const _LPNOOR = "ListPhoneNumbersOptedOutResponse";
    const _LS = "ListSubscriptions";
    const _LSBT = "ListSubscriptionsByTopic";
    const _LSBTI = "ListSubscriptionsByTopicInput";
    const _LSBTR = "ListSubscriptionsByTopicResponse";
    const _LSI = "ListSubscriptionsInput";
    const _LSMSSPN = "ListSMSSandboxPhoneNumbers";
    const _LSMSSPNI = "ListSMSSandboxPhoneNumbersInput";
    const _LSMSSPNR = "ListSMSSandboxPhoneNumbersResult";
    const _LSR = "ListSubscriptionsResponse";
    const _LT = "ListTopics";
    const _LTFR = "ListTagsForResource";
    const _LTFRR = "ListTagsForResourceRequest";
    const _LTFRRi = "ListTagsForResourceResponse";
    const _LTI = "ListTopicsInput";
    const _LTR = "ListTopicsResponse";
    const _M = "Message";
    const _MA = "MessageAttributes";
    const _MAM = "MessageAttributeMap";
    const _MAV = "MessageAttributeValue";
    const _MDI = "MessageDeduplicationId";
    const _MGI = "MessageGroupId";
    const _MI = "MessageId";
    const _MR = "MaxResults";
    const _MS = "MessageStructure";
    const _N = "Name";
    const _NC = "NumberCapabilities";
    const _NFE = "NotFoundException";
    const _NT = "NextToken";
    const _O = "Owner";
    const _OIPN = "OptInPhoneNumber";
    const _OIPNI = "OptInPhoneNumberInput";
    const _OIPNR = "OptInPhoneNumberResponse";
    const _OOE = "OptedOutException";
    const _OTP = "OneTimePassword";
    const _P = "Platform";
    const _PA = "PlatformApplications";
    const _PAA = "PlatformApplicationArn";
    const _PADE = "PlatformApplicationDisabledException";
    const _PAl = "PlatformApplication";
    const _PB = "PublishBatch";
    const _PBI = "PublishBatchInput";
    const _PBR = "PublishBatchResponse";
    const _PBRE = "PublishBatchRequestEntries";
    const _PBREL = "PublishBatchRequestEntryList";
    const _PBRELu = "PublishBatchResultEntryList";
    const _PBREu = "PublishBatchRequestEntry";
    const _PBREub = "PublishBatchResultEntry";
    const _PDPP = "PutDataProtectionPolicy";
    const _PDPPI = "PutDataProtectionPolicyInput";
    const _PI = "PublishInput";
    const _PN = "PhoneNumber";
    const _PNI = "PhoneNumberInformation";
    const _PNIL = "PhoneNumberInformationList";
    const _PNL = "PhoneNumberList";
    const _PNS = "PhoneNumberString";
    const _PNh = "PhoneNumbers";
    const _PR = "PublishResponse";
    const _Pr = "Protocol";
    const _Pu = "Publish";
    const _RA = "ResourceArn";
    const _RLEE = "ReplayLimitExceededException";
    const _RNFE = "ResourceNotFoundException";
    const _RP = "RemovePermission";
    const _RPI = "RemovePermissionInput";
    const _RSA = "ReturnSubscriptionArn";
    const _RT = "RouteType";
    const _S = "Status";
    const _SA = "SubscriptionArn";
    const _SEA = "SetEndpointAttributes";
    const _SEAI = "SetEndpointAttributesInput";
    const _SF = "SenderFault";
    const _SI = "SubscribeInput";
    const _SL = "SubscriptionsList";
    const _SLEE = "SubscriptionLimitExceededException";
    const _SMSSPN = "SMSSandboxPhoneNumber";
    const _SMSSPNL = "SMSSandboxPhoneNumberList";
    const _SN = "SequenceNumber";
    const _SPAA = "SetPlatformApplicationAttributes";
    const _SPAAI = "SetPlatformApplicationAttributesInput";
    const _SR = "SubscribeResponse";
    const _SSA = "SetSubscriptionAttributes";
    const _SSAI = "SetSubscriptionAttributesInput";
    const _SSMSA = "SetSMSAttributes";
    const _SSMSAI = "SetSMSAttributesInput";
    const _SSMSAR = "SetSMSAttributesResponse";
    const _STA = "SetTopicAttributes";
    const _STAI = "SetTopicAttributesInput";
    const _STE = "StaleTagException";
    const _SV = "StringValue";
    const _Su = "Subscriptions";
    const _Sub = "Subject";
    const _Subs = "Subscription";
    const _Subsc = "Subscribe";
    const _Suc = "Successful";
    const _T = "Token";
    const _TA = "TopicArn";
    const _TAa = "TargetArn";
    const _TE = "ThrottledException";
    const _TK = "TagKeys";
    const _TL = "TagList";
    const _TLEE = "TagLimitExceededException";
    const _TLEEo = "TopicLimitExceededException";
    const _TLo = "TopicsList";
    const _TMEIBRE = "TooManyEntriesInBatchRequestException";
    const _TPE = "TagPolicyException";
    const _TR = "TagResource";
    const _TRR = "TagResourceRequest";
    const _TRRa = "TagResourceResponse";
    const _Ta = "Tags";
    const _Tag = "Tag";
    const _To = "Topics";
    const _Top = "Topic";
    const _U = "Unsubscribe";
    const _UEE = "UserErrorException";
    const _UI = "UnsubscribeInput";
    const _UR = "UntagResource";
    const _URR = "UntagResourceRequest";
    const _URRn = "UntagResourceResponse";
    const _V = "Value";
    const _VE = "ValidationException";
    const _VEe = "VerificationException";
    const _VSMSSPN = "VerifySMSSandboxPhoneNumber";
    const _VSMSSPNI = "VerifySMSSandboxPhoneNumberInput";
    const _VSMSSPNR = "VerifySMSSandboxPhoneNumberResult";
    const _a = "attributes";
    const _aQE = "awsQueryError";
    const _c = "client";
    const _e = "error";
    const _hE = "httpError";
    const _iOO = "isOptedOut";
    const _m = "message";
    const _nT = "nextToken";
    const _pN = "phoneNumber";
    const _pNh = "phoneNumbers";
    const _s = "smithy.ts.sdk.synthetic.com.amazonaws.sns";
    const _se = "server";
    const _xN = "xmlName";
    const n0 = "com.amazonaws.sns";
    const _s_registry = schema.TypeRegistry.for(_s);
    var SNSServiceException$ = [ -3, _s, "SNSServiceException", 0, [], [] ];
    _s_registry.registerError(SNSServiceException$, SNSServiceException);
    const n0_registry = schema.TypeRegistry.for(n0);
    var AuthorizationErrorException$ = [ -3, n0, _AEE, {
      [_aQE]: [ `AuthorizationError`, 403 ],
      [_e]: _c,
      [_hE]: 403
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(AuthorizationErrorException$, AuthorizationErrorException);
    var BatchEntryIdsNotDistinctException$ = [ -3, n0, _BEINDE, {
      [_aQE]: [ `BatchEntryIdsNotDistinct`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(BatchEntryIdsNotDistinctException$, BatchEntryIdsNotDistinctException);
    var BatchRequestTooLongException$ = [ -3, n0, _BRTLE, {
      [_aQE]: [ `BatchRequestTooLong`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(BatchRequestTooLongException$, BatchRequestTooLongException);
    var ConcurrentAccessException$ = [ -3, n0, _CAE, {
      [_aQE]: [ `ConcurrentAccess`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ConcurrentAccessException$, ConcurrentAccessException);
    var EmptyBatchRequestException$ = [ -3, n0, _EBRE, {
      [_aQE]: [ `EmptyBatchRequest`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(EmptyBatchRequestException$, EmptyBatchRequestException);
    var EndpointDisabledException$ = [ -3, n0, _EDE, {
      [_aQE]: [ `EndpointDisabled`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(EndpointDisabledException$, EndpointDisabledException);
    var FilterPolicyLimitExceededException$ = [ -3, n0, _FPLEE, {
      [_aQE]: [ `FilterPolicyLimitExceeded`, 403 ],
      [_e]: _c,
      [_hE]: 403
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(FilterPolicyLimitExceededException$, FilterPolicyLimitExceededException);
    var InternalErrorException$ = [ -3, n0, _IEE, {
      [_aQE]: [ `InternalError`, 500 ],
      [_e]: _se,
      [_hE]: 500
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InternalErrorException$, InternalErrorException);
    var InvalidBatchEntryIdException$ = [ -3, n0, _IBEIE, {
      [_aQE]: [ `InvalidBatchEntryId`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidBatchEntryIdException$, InvalidBatchEntryIdException);
    var InvalidParameterException$ = [ -3, n0, _IPE, {
      [_aQE]: [ `InvalidParameter`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
    var InvalidParameterValueException$ = [ -3, n0, _IPVE, {
      [_aQE]: [ `ParameterValueInvalid`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
    var InvalidSecurityException$ = [ -3, n0, _ISE, {
      [_aQE]: [ `InvalidSecurity`, 403 ],
      [_e]: _c,
      [_hE]: 403
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidSecurityException$, InvalidSecurityException);
    var InvalidStateException$ = [ -3, n0, _ISEn, {
      [_aQE]: [ `InvalidState`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(InvalidStateException$, InvalidStateException);
    var KMSAccessDeniedException$ = [ -3, n0, _KMSADE, {
      [_aQE]: [ `KMSAccessDenied`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(KMSAccessDeniedException$, KMSAccessDeniedException);
    var KMSDisabledException$ = [ -3, n0, _KMSDE, {
      [_aQE]: [ `KMSDisabled`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(KMSDisabledException$, KMSDisabledException);
    var KMSInvalidStateException$ = [ -3, n0, _KMSISE, {
      [_aQE]: [ `KMSInvalidState`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(KMSInvalidStateException$, KMSInvalidStateException);
    var KMSNotFoundException$ = [ -3, n0, _KMSNFE, {
      [_aQE]: [ `KMSNotFound`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(KMSNotFoundException$, KMSNotFoundException);
    var KMSOptInRequired$ = [ -3, n0, _KMSOIR, {
      [_aQE]: [ `KMSOptInRequired`, 403 ],
      [_e]: _c,
      [_hE]: 403
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(KMSOptInRequired$, KMSOptInRequired);
    var KMSThrottlingException$ = [ -3, n0, _KMSTE, {
      [_aQE]: [ `KMSThrottling`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(KMSThrottlingException$, KMSThrottlingException);
    var NotFoundException$ = [ -3, n0, _NFE, {
      [_aQE]: [ `NotFound`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(NotFoundException$, NotFoundException);
    var OptedOutException$ = [ -3, n0, _OOE, {
      [_aQE]: [ `OptedOut`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(OptedOutException$, OptedOutException);
    var PlatformApplicationDisabledException$ = [ -3, n0, _PADE, {
      [_aQE]: [ `PlatformApplicationDisabled`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(PlatformApplicationDisabledException$, PlatformApplicationDisabledException);
    var ReplayLimitExceededException$ = [ -3, n0, _RLEE, {
      [_aQE]: [ `ReplayLimitExceeded`, 403 ],
      [_e]: _c,
      [_hE]: 403
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ReplayLimitExceededException$, ReplayLimitExceededException);
    var ResourceNotFoundException$ = [ -3, n0, _RNFE, {
      [_aQE]: [ `ResourceNotFound`, 404 ],
      [_e]: _c,
      [_hE]: 404
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var StaleTagException$ = [ -3, n0, _STE, {
      [_aQE]: [ `StaleTag`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(StaleTagException$, StaleTagException);
    var SubscriptionLimitExceededException$ = [ -3, n0, _SLEE, {
      [_aQE]: [ `SubscriptionLimitExceeded`, 403 ],
      [_e]: _c,
      [_hE]: 403
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(SubscriptionLimitExceededException$, SubscriptionLimitExceededException);
    var TagLimitExceededException$ = [ -3, n0, _TLEE, {
      [_aQE]: [ `TagLimitExceeded`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(TagLimitExceededException$, TagLimitExceededException);
    var TagPolicyException$ = [ -3, n0, _TPE, {
      [_aQE]: [ `TagPolicy`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(TagPolicyException$, TagPolicyException);
    var ThrottledException$ = [ -3, n0, _TE, {
      [_aQE]: [ `Throttled`, 429 ],
      [_e]: _c,
      [_hE]: 429
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(ThrottledException$, ThrottledException);
    var TooManyEntriesInBatchRequestException$ = [ -3, n0, _TMEIBRE, {
      [_aQE]: [ `TooManyEntriesInBatchRequest`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(TooManyEntriesInBatchRequestException$, TooManyEntriesInBatchRequestException);
    var TopicLimitExceededException$ = [ -3, n0, _TLEEo, {
      [_aQE]: [ `TopicLimitExceeded`, 403 ],
      [_e]: _c,
      [_hE]: 403
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(TopicLimitExceededException$, TopicLimitExceededException);
    var UserErrorException$ = [ -3, n0, _UEE, {
      [_aQE]: [ `UserError`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _m ], [ 0 ] ];
    n0_registry.registerError(UserErrorException$, UserErrorException);
    var ValidationException$ = [ -3, n0, _VE, {
      [_aQE]: [ `ValidationException`, 400 ],
      [_e]: _c,
      [_hE]: 400
    }, [ _M ], [ 0 ], 1 ];
    n0_registry.registerError(ValidationException$, ValidationException);
    var VerificationException$ = [ -3, n0, _VEe, {
      [_e]: _c
    }, [ _M, _S ], [ 0, 0 ], 2 ];
    n0_registry.registerError(VerificationException$, VerificationException);
    const errorTypeRegistries = [ _s_registry, n0_registry ];
    var PhoneNumber = [ 0, n0, _PN, 8, 0 ];
    var PhoneNumberString = [ 0, n0, _PNS, 8, 0 ];
    var AddPermissionInput$ = [ 3, n0, _API, 0, [ _TA, _L, _AWSAI, _AN ], [ 0, 0, 64 | 0, 64 | 0 ], 4 ];
    var BatchResultErrorEntry$ = [ 3, n0, _BREE, 0, [ _I, _C, _SF, _M ], [ 0, 0, 2, 0 ], 3 ];
    var CheckIfPhoneNumberIsOptedOutInput$ = [ 3, n0, _CIPNIOOI, 0, [ _pN ], [ [ () => PhoneNumber, 0 ] ], 1 ];
    var CheckIfPhoneNumberIsOptedOutResponse$ = [ 3, n0, _CIPNIOOR, 0, [ _iOO ], [ 2 ] ];
    var ConfirmSubscriptionInput$ = [ 3, n0, _CSI, 0, [ _TA, _T, _AOU ], [ 0, 0, 0 ], 2 ];
    var ConfirmSubscriptionResponse$ = [ 3, n0, _CSR, 0, [ _SA ], [ 0 ] ];
    var CreateEndpointResponse$ = [ 3, n0, _CER, 0, [ _EA ], [ 0 ] ];
    var CreatePlatformApplicationInput$ = [ 3, n0, _CPAI, 0, [ _N, _P, _A ], [ 0, 0, 128 | 0 ], 3 ];
    var CreatePlatformApplicationResponse$ = [ 3, n0, _CPAR, 0, [ _PAA ], [ 0 ] ];
    var CreatePlatformEndpointInput$ = [ 3, n0, _CPEI, 0, [ _PAA, _T, _CUD, _A ], [ 0, 0, 0, 128 | 0 ], 2 ];
    var CreateSMSSandboxPhoneNumberInput$ = [ 3, n0, _CSMSSPNI, 0, [ _PN, _LC ], [ [ () => PhoneNumberString, 0 ], 0 ], 1 ];
    var CreateSMSSandboxPhoneNumberResult$ = [ 3, n0, _CSMSSPNR, 0, [], [] ];
    var CreateTopicInput$ = [ 3, n0, _CTI, 0, [ _N, _A, _Ta, _DPP ], [ 0, 128 | 0, () => TagList, 0 ], 1 ];
    var CreateTopicResponse$ = [ 3, n0, _CTR, 0, [ _TA ], [ 0 ] ];
    var DeleteEndpointInput$ = [ 3, n0, _DEI, 0, [ _EA ], [ 0 ], 1 ];
    var DeletePlatformApplicationInput$ = [ 3, n0, _DPAI, 0, [ _PAA ], [ 0 ], 1 ];
    var DeleteSMSSandboxPhoneNumberInput$ = [ 3, n0, _DSMSSPNI, 0, [ _PN ], [ [ () => PhoneNumberString, 0 ] ], 1 ];
    var DeleteSMSSandboxPhoneNumberResult$ = [ 3, n0, _DSMSSPNR, 0, [], [] ];
    var DeleteTopicInput$ = [ 3, n0, _DTI, 0, [ _TA ], [ 0 ], 1 ];
    var Endpoint$ = [ 3, n0, _E, 0, [ _EA, _A ], [ 0, 128 | 0 ] ];
    var GetDataProtectionPolicyInput$ = [ 3, n0, _GDPPI, 0, [ _RA ], [ 0 ], 1 ];
    var GetDataProtectionPolicyResponse$ = [ 3, n0, _GDPPR, 0, [ _DPP ], [ 0 ] ];
    var GetEndpointAttributesInput$ = [ 3, n0, _GEAI, 0, [ _EA ], [ 0 ], 1 ];
    var GetEndpointAttributesResponse$ = [ 3, n0, _GEAR, 0, [ _A ], [ 128 | 0 ] ];
    var GetPlatformApplicationAttributesInput$ = [ 3, n0, _GPAAI, 0, [ _PAA ], [ 0 ], 1 ];
    var GetPlatformApplicationAttributesResponse$ = [ 3, n0, _GPAAR, 0, [ _A ], [ 128 | 0 ] ];
    var GetSMSAttributesInput$ = [ 3, n0, _GSMSAI, 0, [ _a ], [ 64 | 0 ] ];
    var GetSMSAttributesResponse$ = [ 3, n0, _GSMSAR, 0, [ _a ], [ 128 | 0 ] ];
    var GetSMSSandboxAccountStatusInput$ = [ 3, n0, _GSMSSASI, 0, [], [] ];
    var GetSMSSandboxAccountStatusResult$ = [ 3, n0, _GSMSSASR, 0, [ _IIS ], [ 2 ], 1 ];
    var GetSubscriptionAttributesInput$ = [ 3, n0, _GSAI, 0, [ _SA ], [ 0 ], 1 ];
    var GetSubscriptionAttributesResponse$ = [ 3, n0, _GSAR, 0, [ _A ], [ 128 | 0 ] ];
    var GetTopicAttributesInput$ = [ 3, n0, _GTAI, 0, [ _TA ], [ 0 ], 1 ];
    var GetTopicAttributesResponse$ = [ 3, n0, _GTAR, 0, [ _A ], [ 128 | 0 ] ];
    var ListEndpointsByPlatformApplicationInput$ = [ 3, n0, _LEBPAI, 0, [ _PAA, _NT ], [ 0, 0 ], 1 ];
    var ListEndpointsByPlatformApplicationResponse$ = [ 3, n0, _LEBPAR, 0, [ _En, _NT ], [ () => ListOfEndpoints, 0 ] ];
    var ListOriginationNumbersRequest$ = [ 3, n0, _LONR, 0, [ _NT, _MR ], [ 0, 1 ] ];
    var ListOriginationNumbersResult$ = [ 3, n0, _LONRi, 0, [ _NT, _PNh ], [ 0, [ () => PhoneNumberInformationList, 0 ] ] ];
    var ListPhoneNumbersOptedOutInput$ = [ 3, n0, _LPNOOI, 0, [ _nT ], [ 0 ] ];
    var ListPhoneNumbersOptedOutResponse$ = [ 3, n0, _LPNOOR, 0, [ _pNh, _nT ], [ [ () => PhoneNumberList, 0 ], 0 ] ];
    var ListPlatformApplicationsInput$ = [ 3, n0, _LPAI, 0, [ _NT ], [ 0 ] ];
    var ListPlatformApplicationsResponse$ = [ 3, n0, _LPAR, 0, [ _PA, _NT ], [ () => ListOfPlatformApplications, 0 ] ];
    var ListSMSSandboxPhoneNumbersInput$ = [ 3, n0, _LSMSSPNI, 0, [ _NT, _MR ], [ 0, 1 ] ];
    var ListSMSSandboxPhoneNumbersResult$ = [ 3, n0, _LSMSSPNR, 0, [ _PNh, _NT ], [ [ () => SMSSandboxPhoneNumberList, 0 ], 0 ], 1 ];
    var ListSubscriptionsByTopicInput$ = [ 3, n0, _LSBTI, 0, [ _TA, _NT ], [ 0, 0 ], 1 ];
    var ListSubscriptionsByTopicResponse$ = [ 3, n0, _LSBTR, 0, [ _Su, _NT ], [ () => SubscriptionsList, 0 ] ];
    var ListSubscriptionsInput$ = [ 3, n0, _LSI, 0, [ _NT ], [ 0 ] ];
    var ListSubscriptionsResponse$ = [ 3, n0, _LSR, 0, [ _Su, _NT ], [ () => SubscriptionsList, 0 ] ];
    var ListTagsForResourceRequest$ = [ 3, n0, _LTFRR, 0, [ _RA ], [ 0 ], 1 ];
    var ListTagsForResourceResponse$ = [ 3, n0, _LTFRRi, 0, [ _Ta ], [ () => TagList ] ];
    var ListTopicsInput$ = [ 3, n0, _LTI, 0, [ _NT ], [ 0 ] ];
    var ListTopicsResponse$ = [ 3, n0, _LTR, 0, [ _To, _NT ], [ () => TopicsList, 0 ] ];
    var MessageAttributeValue$ = [ 3, n0, _MAV, 0, [ _DT, _SV, _BV ], [ 0, 0, 21 ], 1 ];
    var OptInPhoneNumberInput$ = [ 3, n0, _OIPNI, 0, [ _pN ], [ [ () => PhoneNumber, 0 ] ], 1 ];
    var OptInPhoneNumberResponse$ = [ 3, n0, _OIPNR, 0, [], [] ];
    var PhoneNumberInformation$ = [ 3, n0, _PNI, 0, [ _CA, _PN, _S, _ICC, _RT, _NC ], [ 4, [ () => PhoneNumber, 0 ], 0, 0, 0, 64 | 0 ] ];
    var PlatformApplication$ = [ 3, n0, _PAl, 0, [ _PAA, _A ], [ 0, 128 | 0 ] ];
    var PublishBatchInput$ = [ 3, n0, _PBI, 0, [ _TA, _PBRE ], [ 0, [ () => PublishBatchRequestEntryList, 0 ] ], 2 ];
    var PublishBatchRequestEntry$ = [ 3, n0, _PBREu, 0, [ _I, _M, _Sub, _MS, _MA, _MDI, _MGI ], [ 0, 0, 0, 0, [ () => MessageAttributeMap, 0 ], 0, 0 ], 2 ];
    var PublishBatchResponse$ = [ 3, n0, _PBR, 0, [ _Suc, _F ], [ () => PublishBatchResultEntryList, () => BatchResultErrorEntryList ] ];
    var PublishBatchResultEntry$ = [ 3, n0, _PBREub, 0, [ _I, _MI, _SN ], [ 0, 0, 0 ] ];
    var PublishInput$ = [ 3, n0, _PI, 0, [ _M, _TA, _TAa, _PN, _Sub, _MS, _MA, _MDI, _MGI ], [ 0, 0, 0, [ () => PhoneNumber, 0 ], 0, 0, [ () => MessageAttributeMap, 0 ], 0, 0 ], 1 ];
    var PublishResponse$ = [ 3, n0, _PR, 0, [ _MI, _SN ], [ 0, 0 ] ];
    var PutDataProtectionPolicyInput$ = [ 3, n0, _PDPPI, 0, [ _RA, _DPP ], [ 0, 0 ], 2 ];
    var RemovePermissionInput$ = [ 3, n0, _RPI, 0, [ _TA, _L ], [ 0, 0 ], 2 ];
    var SetEndpointAttributesInput$ = [ 3, n0, _SEAI, 0, [ _EA, _A ], [ 0, 128 | 0 ], 2 ];
    var SetPlatformApplicationAttributesInput$ = [ 3, n0, _SPAAI, 0, [ _PAA, _A ], [ 0, 128 | 0 ], 2 ];
    var SetSMSAttributesInput$ = [ 3, n0, _SSMSAI, 0, [ _a ], [ 128 | 0 ], 1 ];
    var SetSMSAttributesResponse$ = [ 3, n0, _SSMSAR, 0, [], [] ];
    var SetSubscriptionAttributesInput$ = [ 3, n0, _SSAI, 0, [ _SA, _ANt, _AV ], [ 0, 0, 0 ], 2 ];
    var SetTopicAttributesInput$ = [ 3, n0, _STAI, 0, [ _TA, _ANt, _AV ], [ 0, 0, 0 ], 2 ];
    var SMSSandboxPhoneNumber$ = [ 3, n0, _SMSSPN, 0, [ _PN, _S ], [ [ () => PhoneNumberString, 0 ], 0 ] ];
    var SubscribeInput$ = [ 3, n0, _SI, 0, [ _TA, _Pr, _E, _A, _RSA ], [ 0, 0, 0, 128 | 0, 2 ], 2 ];
    var SubscribeResponse$ = [ 3, n0, _SR, 0, [ _SA ], [ 0 ] ];
    var Subscription$ = [ 3, n0, _Subs, 0, [ _SA, _O, _Pr, _E, _TA ], [ 0, 0, 0, 0, 0 ] ];
    var Tag$ = [ 3, n0, _Tag, 0, [ _K, _V ], [ 0, 0 ], 2 ];
    var TagResourceRequest$ = [ 3, n0, _TRR, 0, [ _RA, _Ta ], [ 0, () => TagList ], 2 ];
    var TagResourceResponse$ = [ 3, n0, _TRRa, 0, [], [] ];
    var Topic$ = [ 3, n0, _Top, 0, [ _TA ], [ 0 ] ];
    var UnsubscribeInput$ = [ 3, n0, _UI, 0, [ _SA ], [ 0 ], 1 ];
    var UntagResourceRequest$ = [ 3, n0, _URR, 0, [ _RA, _TK ], [ 0, 64 | 0 ], 2 ];
    var UntagResourceResponse$ = [ 3, n0, _URRn, 0, [], [] ];
    var VerifySMSSandboxPhoneNumberInput$ = [ 3, n0, _VSMSSPNI, 0, [ _PN, _OTP ], [ [ () => PhoneNumberString, 0 ], 0 ], 2 ];
    var VerifySMSSandboxPhoneNumberResult$ = [ 3, n0, _VSMSSPNR, 0, [], [] ];
    var __Unit = "unit";
    var BatchResultErrorEntryList = [ 1, n0, _BREEL, 0, () => BatchResultErrorEntry$ ];
    var ListOfEndpoints = [ 1, n0, _LOE, 0, () => Endpoint$ ];
    var ListOfPlatformApplications = [ 1, n0, _LOPA, 0, () => PlatformApplication$ ];
    var PhoneNumberInformationList = [ 1, n0, _PNIL, 0, [ () => PhoneNumberInformation$, 0 ] ];
    var PhoneNumberList = [ 1, n0, _PNL, 0, [ () => PhoneNumber, 0 ] ];
    var PublishBatchRequestEntryList = [ 1, n0, _PBREL, 0, [ () => PublishBatchRequestEntry$, 0 ] ];
    var PublishBatchResultEntryList = [ 1, n0, _PBRELu, 0, () => PublishBatchResultEntry$ ];
    var SMSSandboxPhoneNumberList = [ 1, n0, _SMSSPNL, 0, [ () => SMSSandboxPhoneNumber$, 0 ] ];
    var SubscriptionsList = [ 1, n0, _SL, 0, () => Subscription$ ];
    var TagList = [ 1, n0, _TL, 0, () => Tag$ ];
    var TopicsList = [ 1, n0, _TLo, 0, () => Topic$ ];
    var MessageAttributeMap = [ 2, n0, _MAM, 0, [ 0, {
      [_xN]: _N
    } ], [ () => MessageAttributeValue$, {
      [_xN]: _V
    } ] ];
    var AddPermission$ = [ 9, n0, _AP, 0, () => AddPermissionInput$, () => __Unit ];
    var CheckIfPhoneNumberIsOptedOut$ = [ 9, n0, _CIPNIOO, 0, () => CheckIfPhoneNumberIsOptedOutInput$, () => CheckIfPhoneNumberIsOptedOutResponse$ ];
    var ConfirmSubscription$ = [ 9, n0, _CS, 0, () => ConfirmSubscriptionInput$, () => ConfirmSubscriptionResponse$ ];
    var CreatePlatformApplication$ = [ 9, n0, _CPA, 0, () => CreatePlatformApplicationInput$, () => CreatePlatformApplicationResponse$ ];
    var CreatePlatformEndpoint$ = [ 9, n0, _CPE, 0, () => CreatePlatformEndpointInput$, () => CreateEndpointResponse$ ];
    var CreateSMSSandboxPhoneNumber$ = [ 9, n0, _CSMSSPN, 0, () => CreateSMSSandboxPhoneNumberInput$, () => CreateSMSSandboxPhoneNumberResult$ ];
    var CreateTopic$ = [ 9, n0, _CT, 0, () => CreateTopicInput$, () => CreateTopicResponse$ ];
    var DeleteEndpoint$ = [ 9, n0, _DE, 0, () => DeleteEndpointInput$, () => __Unit ];
    var DeletePlatformApplication$ = [ 9, n0, _DPA, 0, () => DeletePlatformApplicationInput$, () => __Unit ];
    var DeleteSMSSandboxPhoneNumber$ = [ 9, n0, _DSMSSPN, 0, () => DeleteSMSSandboxPhoneNumberInput$, () => DeleteSMSSandboxPhoneNumberResult$ ];
    var DeleteTopic$ = [ 9, n0, _DTe, 0, () => DeleteTopicInput$, () => __Unit ];
    var GetDataProtectionPolicy$ = [ 9, n0, _GDPP, 0, () => GetDataProtectionPolicyInput$, () => GetDataProtectionPolicyResponse$ ];
    var GetEndpointAttributes$ = [ 9, n0, _GEA, 0, () => GetEndpointAttributesInput$, () => GetEndpointAttributesResponse$ ];
    var GetPlatformApplicationAttributes$ = [ 9, n0, _GPAA, 0, () => GetPlatformApplicationAttributesInput$, () => GetPlatformApplicationAttributesResponse$ ];
    var GetSMSAttributes$ = [ 9, n0, _GSMSA, 0, () => GetSMSAttributesInput$, () => GetSMSAttributesResponse$ ];
    var GetSMSSandboxAccountStatus$ = [ 9, n0, _GSMSSAS, 0, () => GetSMSSandboxAccountStatusInput$, () => GetSMSSandboxAccountStatusResult$ ];
    var GetSubscriptionAttributes$ = [ 9, n0, _GSA, 0, () => GetSubscriptionAttributesInput$, () => GetSubscriptionAttributesResponse$ ];
    var GetTopicAttributes$ = [ 9, n0, _GTA, 0, () => GetTopicAttributesInput$, () => GetTopicAttributesResponse$ ];
    var ListEndpointsByPlatformApplication$ = [ 9, n0, _LEBPA, 0, () => ListEndpointsByPlatformApplicationInput$, () => ListEndpointsByPlatformApplicationResponse$ ];
    var ListOriginationNumbers$ = [ 9, n0, _LON, 0, () => ListOriginationNumbersRequest$, () => ListOriginationNumbersResult$ ];
    var ListPhoneNumbersOptedOut$ = [ 9, n0, _LPNOO, 0, () => ListPhoneNumbersOptedOutInput$, () => ListPhoneNumbersOptedOutResponse$ ];
    var ListPlatformApplications$ = [ 9, n0, _LPA, 0, () => ListPlatformApplicationsInput$, () => ListPlatformApplicationsResponse$ ];
    var ListSMSSandboxPhoneNumbers$ = [ 9, n0, _LSMSSPN, 0, () => ListSMSSandboxPhoneNumbersInput$, () => ListSMSSandboxPhoneNumbersResult$ ];
    var ListSubscriptions$ = [ 9, n0, _LS, 0, () => ListSubscriptionsInput$, () => ListSubscriptionsResponse$ ];
    var ListSubscriptionsByTopic$ = [ 9, n0, _LSBT, 0, () => ListSubscriptionsByTopicInput$, () => ListSubscriptionsByTopicResponse$ ];
    var ListTagsForResource$ = [ 9, n0, _LTFR, 0, () => ListTagsForResourceRequest$, () => ListTagsForResourceResponse$ ];
    var ListTopics$ = [ 9, n0, _LT, 0, () => ListTopicsInput$, () => ListTopicsResponse$ ];
    var OptInPhoneNumber$ = [ 9, n0, _OIPN, 0, () => OptInPhoneNumberInput$, () => OptInPhoneNumberResponse$ ];
    var Publish$ = [ 9, n0, _Pu, 0, () => PublishInput$, () => PublishResponse$ ];
    var PublishBatch$ = [ 9, n0, _PB, 0, () => PublishBatchInput$, () => PublishBatchResponse$ ];
    var PutDataProtectionPolicy$ = [ 9, n0, _PDPP, 0, () => PutDataProtectionPolicyInput$, () => __Unit ];
    var RemovePermission$ = [ 9, n0, _RP, 0, () => RemovePermissionInput$, () => __Unit ];
    var SetEndpointAttributes$ = [ 9, n0, _SEA, 0, () => SetEndpointAttributesInput$, () => __Unit ];
    var SetPlatformApplicationAttributes$ = [ 9, n0, _SPAA, 0, () => SetPlatformApplicationAttributesInput$, () => __Unit ];
    var SetSMSAttributes$ = [ 9, n0, _SSMSA, 0, () => SetSMSAttributesInput$, () => SetSMSAttributesResponse$ ];
    var SetSubscriptionAttributes$ = [ 9, n0, _SSA, 0, () => SetSubscriptionAttributesInput$, () => __Unit ];
    var SetTopicAttributes$ = [ 9, n0, _STA, 0, () => SetTopicAttributesInput$, () => __Unit ];
    var Subscribe$ = [ 9, n0, _Subsc, 0, () => SubscribeInput$, () => SubscribeResponse$ ];
    var TagResource$ = [ 9, n0, _TR, 0, () => TagResourceRequest$, () => TagResourceResponse$ ];
    var Unsubscribe$ = [ 9, n0, _U, 0, () => UnsubscribeInput$, () => __Unit ];
    var UntagResource$ = [ 9, n0, _UR, 0, () => UntagResourceRequest$, () => UntagResourceResponse$ ];
    var VerifySMSSandboxPhoneNumber$ = [ 9, n0, _VSMSSPN, 0, () => VerifySMSSandboxPhoneNumberInput$, () => VerifySMSSandboxPhoneNumberResult$ ];
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/runtimeConfig.shared.js
    const getRuntimeConfig = config => ({
      apiVersion: "2010-03-31",
      base64Decoder: config?.base64Decoder ?? serde.fromBase64,
      base64Encoder: config?.base64Encoder ?? serde.toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? false,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSNSHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [ {
        schemeId: "aws.auth#sigv4",
        identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new httpAuthSchemes.AwsSdkSigV4Signer
      } ],
      logger: config?.logger ?? new submodules_client.NoOpLogger,
      protocol: config?.protocol ?? submodules_protocols.AwsQueryProtocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.sns",
        errorTypeRegistries: errorTypeRegistries,
        xmlNamespace: "http://sns.amazonaws.com/doc/2010-03-31/",
        version: "2010-03-31",
        serviceTarget: "AmazonSimpleNotificationService"
      },
      serviceId: config?.serviceId ?? "SNS",
      sha256: config?.sha256 ?? checksum.Sha256,
      urlParser: config?.urlParser ?? protocols.parseUrl,
      utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
      utf8Encoder: config?.utf8Encoder ?? serde.toUtf8
    });
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/runtimeConfig.js
    const runtimeConfig_getRuntimeConfig = config => {
      (0, submodules_client.emitWarningIfUnsupportedVersion)(process.version);
      const defaultsMode = (0, submodules_config.resolveDefaultsModeConfig)(config);
      const defaultConfigProvider = () => defaultsMode().then(submodules_client.loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig(config);
      (0, client.emitWarningIfUnsupportedVersion)(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode: defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0, submodules_config.loadConfig)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? serde.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider /* defaultProvider */ .v6,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, client.createDefaultUserAgentProvider)({
          serviceId: clientSharedValues.serviceId,
          clientVersion: package_namespaceObject.rE
        }),
        maxAttempts: config?.maxAttempts ?? (0, submodules_config.loadConfig)(retry.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0, submodules_config.loadConfig)(submodules_config.NODE_REGION_CONFIG_OPTIONS, {
          ...submodules_config.NODE_REGION_CONFIG_FILE_OPTIONS,
          ...loaderConfig
        }),
        requestHandler: node_http_handler /* NodeHttpHandler */ .$.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? (0, submodules_config.loadConfig)({
          ...retry.NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || retry.DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? serde.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0, submodules_config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/auth/httpAuthExtensionConfiguration.js
    const getHttpAuthExtensionConfiguration = runtimeConfig => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex(scheme => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) _httpAuthSchemes.push(httpAuthScheme); else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    const resolveHttpAuthRuntimeConfig = config => ({
      httpAuthSchemes: config.httpAuthSchemes(),
      httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
      credentials: config.credentials()
    });
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/runtimeExtensions.js
    const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign((0, client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0, 
      submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0, protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach(extension => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, (0, client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0, 
      submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0, protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/SNSClient.js
    class SNSClient extends submodules_client.Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = (0, client.resolveUserAgentConfig)(_config_1);
        const _config_3 = (0, retry.resolveRetryConfig)(_config_2);
        const _config_4 = (0, submodules_config.resolveRegionConfig)(_config_3);
        const _config_5 = (0, client.resolveHostHeaderConfig)(_config_4);
        const _config_6 = (0, endpoints.resolveEndpointConfig)(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use((0, schema.getSchemaSerdePlugin)(this.config));
        this.middlewareStack.use((0, client.getUserAgentPlugin)(this.config));
        this.middlewareStack.use((0, retry.getRetryPlugin)(this.config));
        this.middlewareStack.use((0, protocols.getContentLengthPlugin)(this.config));
        this.middlewareStack.use((0, client.getHostHeaderPlugin)(this.config));
        this.middlewareStack.use((0, client.getLoggerPlugin)(this.config));
        this.middlewareStack.use((0, client.getRecursionDetectionPlugin)(this.config));
        this.middlewareStack.use((0, dist_cjs.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
          httpAuthSchemeParametersProvider: defaultSNSHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async config => new dist_cjs.DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use((0, dist_cjs.getHttpSigningPlugin)(this.config));
      }
      destroy() {
        super.destroy();
      }
    }
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commandBuilder.js
    const command = (0, submodules_client.makeBuilder)(commonParams, "AmazonSimpleNotificationService", "SNSClient", endpoints.getEndpointPlugin);
    const _ep0 = {};
    const _mw0 = (Command, cs, config, o) => [];
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/AddPermissionCommand.js
    class AddPermissionCommand extends(command(_ep0, _mw0, "AddPermission", AddPermission$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/CheckIfPhoneNumberIsOptedOutCommand.js
    class CheckIfPhoneNumberIsOptedOutCommand extends(command(_ep0, _mw0, "CheckIfPhoneNumberIsOptedOut", CheckIfPhoneNumberIsOptedOut$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ConfirmSubscriptionCommand.js
    class ConfirmSubscriptionCommand extends(command(_ep0, _mw0, "ConfirmSubscription", ConfirmSubscription$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/CreatePlatformApplicationCommand.js
    class CreatePlatformApplicationCommand extends(command(_ep0, _mw0, "CreatePlatformApplication", CreatePlatformApplication$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/CreatePlatformEndpointCommand.js
    class CreatePlatformEndpointCommand extends(command(_ep0, _mw0, "CreatePlatformEndpoint", CreatePlatformEndpoint$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/CreateSMSSandboxPhoneNumberCommand.js
    class CreateSMSSandboxPhoneNumberCommand extends(command(_ep0, _mw0, "CreateSMSSandboxPhoneNumber", CreateSMSSandboxPhoneNumber$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/CreateTopicCommand.js
    class CreateTopicCommand extends(command(_ep0, _mw0, "CreateTopic", CreateTopic$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/DeleteEndpointCommand.js
    class DeleteEndpointCommand extends(command(_ep0, _mw0, "DeleteEndpoint", DeleteEndpoint$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/DeletePlatformApplicationCommand.js
    class DeletePlatformApplicationCommand extends(command(_ep0, _mw0, "DeletePlatformApplication", DeletePlatformApplication$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/DeleteSMSSandboxPhoneNumberCommand.js
    class DeleteSMSSandboxPhoneNumberCommand extends(command(_ep0, _mw0, "DeleteSMSSandboxPhoneNumber", DeleteSMSSandboxPhoneNumber$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/DeleteTopicCommand.js
    class DeleteTopicCommand extends(command(_ep0, _mw0, "DeleteTopic", DeleteTopic$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/GetDataProtectionPolicyCommand.js
    class GetDataProtectionPolicyCommand extends(command(_ep0, _mw0, "GetDataProtectionPolicy", GetDataProtectionPolicy$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/GetEndpointAttributesCommand.js
    class GetEndpointAttributesCommand extends(command(_ep0, _mw0, "GetEndpointAttributes", GetEndpointAttributes$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/GetPlatformApplicationAttributesCommand.js
    class GetPlatformApplicationAttributesCommand extends(command(_ep0, _mw0, "GetPlatformApplicationAttributes", GetPlatformApplicationAttributes$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/GetSMSAttributesCommand.js
    class GetSMSAttributesCommand extends(command(_ep0, _mw0, "GetSMSAttributes", GetSMSAttributes$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/GetSMSSandboxAccountStatusCommand.js
    class GetSMSSandboxAccountStatusCommand extends(command(_ep0, _mw0, "GetSMSSandboxAccountStatus", GetSMSSandboxAccountStatus$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/GetSubscriptionAttributesCommand.js
    class GetSubscriptionAttributesCommand extends(command(_ep0, _mw0, "GetSubscriptionAttributes", GetSubscriptionAttributes$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/GetTopicAttributesCommand.js
    class GetTopicAttributesCommand extends(command(_ep0, _mw0, "GetTopicAttributes", GetTopicAttributes$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ListEndpointsByPlatformApplicationCommand.js
    class ListEndpointsByPlatformApplicationCommand extends(command(_ep0, _mw0, "ListEndpointsByPlatformApplication", ListEndpointsByPlatformApplication$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ListOriginationNumbersCommand.js
    class ListOriginationNumbersCommand extends(command(_ep0, _mw0, "ListOriginationNumbers", ListOriginationNumbers$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ListPhoneNumbersOptedOutCommand.js
    class ListPhoneNumbersOptedOutCommand extends(command(_ep0, _mw0, "ListPhoneNumbersOptedOut", ListPhoneNumbersOptedOut$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ListPlatformApplicationsCommand.js
    class ListPlatformApplicationsCommand extends(command(_ep0, _mw0, "ListPlatformApplications", ListPlatformApplications$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ListSMSSandboxPhoneNumbersCommand.js
    class ListSMSSandboxPhoneNumbersCommand extends(command(_ep0, _mw0, "ListSMSSandboxPhoneNumbers", ListSMSSandboxPhoneNumbers$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ListSubscriptionsByTopicCommand.js
    class ListSubscriptionsByTopicCommand extends(command(_ep0, _mw0, "ListSubscriptionsByTopic", ListSubscriptionsByTopic$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ListSubscriptionsCommand.js
    class ListSubscriptionsCommand extends(command(_ep0, _mw0, "ListSubscriptions", ListSubscriptions$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ListTagsForResourceCommand.js
    class ListTagsForResourceCommand extends(command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ListTopicsCommand.js
    class ListTopicsCommand extends(command(_ep0, _mw0, "ListTopics", ListTopics$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/OptInPhoneNumberCommand.js
    class OptInPhoneNumberCommand extends(command(_ep0, _mw0, "OptInPhoneNumber", OptInPhoneNumber$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/PublishBatchCommand.js
    class PublishBatchCommand extends(command(_ep0, _mw0, "PublishBatch", PublishBatch$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/PublishCommand.js
    class PublishCommand extends(command(_ep0, _mw0, "Publish", Publish$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/PutDataProtectionPolicyCommand.js
    class PutDataProtectionPolicyCommand extends(command(_ep0, _mw0, "PutDataProtectionPolicy", PutDataProtectionPolicy$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/RemovePermissionCommand.js
    class RemovePermissionCommand extends(command(_ep0, _mw0, "RemovePermission", RemovePermission$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/SetEndpointAttributesCommand.js
    class SetEndpointAttributesCommand extends(command(_ep0, _mw0, "SetEndpointAttributes", SetEndpointAttributes$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/SetPlatformApplicationAttributesCommand.js
    class SetPlatformApplicationAttributesCommand extends(command(_ep0, _mw0, "SetPlatformApplicationAttributes", SetPlatformApplicationAttributes$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/SetSMSAttributesCommand.js
    class SetSMSAttributesCommand extends(command(_ep0, _mw0, "SetSMSAttributes", SetSMSAttributes$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/SetSubscriptionAttributesCommand.js
    class SetSubscriptionAttributesCommand extends(command(_ep0, _mw0, "SetSubscriptionAttributes", SetSubscriptionAttributes$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/SetTopicAttributesCommand.js
    class SetTopicAttributesCommand extends(command(_ep0, _mw0, "SetTopicAttributes", SetTopicAttributes$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/SubscribeCommand.js
    class SubscribeCommand extends(command(_ep0, _mw0, "Subscribe", Subscribe$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/TagResourceCommand.js
    class TagResourceCommand extends(command(_ep0, _mw0, "TagResource", TagResource$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/UnsubscribeCommand.js
    class UnsubscribeCommand extends(command(_ep0, _mw0, "Unsubscribe", Unsubscribe$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/UntagResourceCommand.js
    class UntagResourceCommand extends(command(_ep0, _mw0, "UntagResource", UntagResource$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/VerifySMSSandboxPhoneNumberCommand.js
    class VerifySMSSandboxPhoneNumberCommand extends(command(_ep0, _mw0, "VerifySMSSandboxPhoneNumber", VerifySMSSandboxPhoneNumber$)){}
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/pagination/ListEndpointsByPlatformApplicationPaginator.js
    const paginateListEndpointsByPlatformApplication = (0, dist_cjs.createPaginator)(SNSClient, ListEndpointsByPlatformApplicationCommand, "NextToken", "NextToken", "");
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/pagination/ListOriginationNumbersPaginator.js
    const paginateListOriginationNumbers = (0, dist_cjs.createPaginator)(SNSClient, ListOriginationNumbersCommand, "NextToken", "NextToken", "MaxResults");
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/pagination/ListPhoneNumbersOptedOutPaginator.js
    const paginateListPhoneNumbersOptedOut = (0, dist_cjs.createPaginator)(SNSClient, ListPhoneNumbersOptedOutCommand, "nextToken", "nextToken", "");
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/pagination/ListPlatformApplicationsPaginator.js
    const paginateListPlatformApplications = (0, dist_cjs.createPaginator)(SNSClient, ListPlatformApplicationsCommand, "NextToken", "NextToken", "");
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/pagination/ListSMSSandboxPhoneNumbersPaginator.js
    const paginateListSMSSandboxPhoneNumbers = (0, dist_cjs.createPaginator)(SNSClient, ListSMSSandboxPhoneNumbersCommand, "NextToken", "NextToken", "MaxResults");
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/pagination/ListSubscriptionsByTopicPaginator.js
    const paginateListSubscriptionsByTopic = (0, dist_cjs.createPaginator)(SNSClient, ListSubscriptionsByTopicCommand, "NextToken", "NextToken", "");
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/pagination/ListSubscriptionsPaginator.js
    const paginateListSubscriptions = (0, dist_cjs.createPaginator)(SNSClient, ListSubscriptionsCommand, "NextToken", "NextToken", "");
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/pagination/ListTopicsPaginator.js
    const paginateListTopics = (0, dist_cjs.createPaginator)(SNSClient, ListTopicsCommand, "NextToken", "NextToken", "");
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/SNS.js
    const commands = {
      AddPermissionCommand: AddPermissionCommand,
      CheckIfPhoneNumberIsOptedOutCommand: CheckIfPhoneNumberIsOptedOutCommand,
      ConfirmSubscriptionCommand: ConfirmSubscriptionCommand,
      CreatePlatformApplicationCommand: CreatePlatformApplicationCommand,
      CreatePlatformEndpointCommand: CreatePlatformEndpointCommand,
      CreateSMSSandboxPhoneNumberCommand: CreateSMSSandboxPhoneNumberCommand,
      CreateTopicCommand: CreateTopicCommand,
      DeleteEndpointCommand: DeleteEndpointCommand,
      DeletePlatformApplicationCommand: DeletePlatformApplicationCommand,
      DeleteSMSSandboxPhoneNumberCommand: DeleteSMSSandboxPhoneNumberCommand,
      DeleteTopicCommand: DeleteTopicCommand,
      GetDataProtectionPolicyCommand: GetDataProtectionPolicyCommand,
      GetEndpointAttributesCommand: GetEndpointAttributesCommand,
      GetPlatformApplicationAttributesCommand: GetPlatformApplicationAttributesCommand,
      GetSMSAttributesCommand: GetSMSAttributesCommand,
      GetSMSSandboxAccountStatusCommand: GetSMSSandboxAccountStatusCommand,
      GetSubscriptionAttributesCommand: GetSubscriptionAttributesCommand,
      GetTopicAttributesCommand: GetTopicAttributesCommand,
      ListEndpointsByPlatformApplicationCommand: ListEndpointsByPlatformApplicationCommand,
      ListOriginationNumbersCommand: ListOriginationNumbersCommand,
      ListPhoneNumbersOptedOutCommand: ListPhoneNumbersOptedOutCommand,
      ListPlatformApplicationsCommand: ListPlatformApplicationsCommand,
      ListSMSSandboxPhoneNumbersCommand: ListSMSSandboxPhoneNumbersCommand,
      ListSubscriptionsCommand: ListSubscriptionsCommand,
      ListSubscriptionsByTopicCommand: ListSubscriptionsByTopicCommand,
      ListTagsForResourceCommand: ListTagsForResourceCommand,
      ListTopicsCommand: ListTopicsCommand,
      OptInPhoneNumberCommand: OptInPhoneNumberCommand,
      PublishCommand: PublishCommand,
      PublishBatchCommand: PublishBatchCommand,
      PutDataProtectionPolicyCommand: PutDataProtectionPolicyCommand,
      RemovePermissionCommand: RemovePermissionCommand,
      SetEndpointAttributesCommand: SetEndpointAttributesCommand,
      SetPlatformApplicationAttributesCommand: SetPlatformApplicationAttributesCommand,
      SetSMSAttributesCommand: SetSMSAttributesCommand,
      SetSubscriptionAttributesCommand: SetSubscriptionAttributesCommand,
      SetTopicAttributesCommand: SetTopicAttributesCommand,
      SubscribeCommand: SubscribeCommand,
      TagResourceCommand: TagResourceCommand,
      UnsubscribeCommand: UnsubscribeCommand,
      UntagResourceCommand: UntagResourceCommand,
      VerifySMSSandboxPhoneNumberCommand: VerifySMSSandboxPhoneNumberCommand
    };
    const paginators = {
      paginateListEndpointsByPlatformApplication: paginateListEndpointsByPlatformApplication,
      paginateListOriginationNumbers: paginateListOriginationNumbers,
      paginateListPhoneNumbersOptedOut: paginateListPhoneNumbersOptedOut,
      paginateListPlatformApplications: paginateListPlatformApplications,
      paginateListSMSSandboxPhoneNumbers: paginateListSMSSandboxPhoneNumbers,
      paginateListSubscriptions: paginateListSubscriptions,
      paginateListSubscriptionsByTopic: paginateListSubscriptionsByTopic,
      paginateListTopics: paginateListTopics
    };
    class SNS extends SNSClient {}
    (0, submodules_client.createAggregatedClient)(commands, SNS, {
      paginators: paginators
    });
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/models/enums.js
    const LanguageCodeString = {
      de_DE: "de-DE",
      en_GB: "en-GB",
      en_US: "en-US",
      es_419: "es-419",
      es_ES: "es-ES",
      fr_CA: "fr-CA",
      fr_FR: "fr-FR",
      it_IT: "it-IT",
      jp_JP: "ja-JP",
      kr_KR: "kr-KR",
      pt_BR: "pt-BR",
      zh_CN: "zh-CN",
      zh_TW: "zh-TW"
    };
    const NumberCapability = {
      MMS: "MMS",
      SMS: "SMS",
      VOICE: "VOICE"
    };
    const RouteType = {
      Premium: "Premium",
      Promotional: "Promotional",
      Transactional: "Transactional"
    };
    const SMSSandboxPhoneNumberVerificationStatus = {
      Pending: "Pending",
      Verified: "Verified"
    };
  }
};