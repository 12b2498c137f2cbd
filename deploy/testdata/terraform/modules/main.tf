variable "api_key" {
  type    = string
  default = "root-key"
}

module "sms" {
  source  = "./modules/action"
  name    = "sms-from-module"
  trigger = "send-phone-message"
  api_key = var.api_key
}

module "cpp" {
  source          = "./modules/action"
  name            = "cpp-from-module"
  trigger         = "custom-phone-provider"
  trigger_version = "v1"
}

module "remote" {
  source = "auth0/actions/auth0"
}

resource "auth0_trigger_actions" "sms" {
  trigger = "send-phone-message"

  actions {
    id = module.sms.action_id
  }
}
